#!/usr/bin/env bash
# A PostgreSQL standby and a failover under a writing client (issue 20, item 2). The data folder's
# PostgreSQL (HoldInfrastructure.java, with a Keycloak) becomes a primary with one streaming standby
# under synchronous replication; the service is pointed at both with a multi-host JDBC URL and
# targetServerType=primary. A client registers cases through the service all along. The primary is
# killed with kill -9; after --outage seconds the standby is promoted (pg_promote()). The script
# shows readiness DOWN while no primary is reachable, the answers in that time (503 UNAVAILABLE,
# none slower than the bound, no 500), readiness UP again without a restart, and every acknowledged
# registration in the new primary. Exits 0 when all of that holds, 1 otherwise, 2 on bad use. See
# docs/operations.md, "Failover".
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
APP="$ROOT/bootstrap/target/quarkus-app"
# shellcheck source=bench/common.sh
. "$BENCH_DIR/common.sh"

usage() {
  cat <<EOF
Usage: bench/failover.sh [--outage SEC] [--keep]

  --outage SEC   seconds between the kill -9 of the primary and the promotion of the standby (default 15)
  --keep         keep the working folder (data folders, logs)

  INSAF_CACHE_DIR, when set, is passed to the build as -Dinsaf.cache.dir.
  Results go to bench/results/<time>-failover.
EOF
}
JVM_OPTS="$DEFAULT_JVM_OPTS"
OUTAGE=15 KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --outage) OUTAGE=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done
[[ "$OUTAGE" =~ ^[0-9]+$ ]] && [ "$OUTAGE" -ge 5 ] || { echo "--outage takes a whole number of seconds, at least 5" >&2; exit 2; }
for tool in curl jq psql java unzip unshare; do
  command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
done
build_if_stale

# The slowest answer allowed while the database is away: the pool's acquisition timeout (3 s) and the
# driver's login and connect timeouts (2-3 s per host) with room for a busy machine.
ANSWER_BOUND_MS=12000

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT="$BENCH_DIR/results/$STAMP-failover"
mkdir -p "$OUT"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/insaf-failover.XXXXXX")
RUN_DATA="$WORK/data"
STANDBY="$WORK/standby"
WRITER_PID=""
cleanup() {
  set +e
  [ -n "$WRITER_PID" ] && kill "$WRITER_PID" 2>/dev/null && wait "$WRITER_PID" 2>/dev/null
  [ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null
  SERVICE_PID=""
  if [ -f "$STANDBY/postmaster.pid" ]; then kill -INT "$(head -1 "$STANDBY/postmaster.pid")" 2>/dev/null; sleep 2; fi
  bench_cleanup
}
trap cleanup EXIT

generate_data_folder 20 "$OUT/generator.log"
# The standby streams as the superuser, over loopback with its password.
echo "host    replication  postgres  127.0.0.1/32  scram-sha-256" >>"$RUN_DATA/postgres/pg_hba.conf"
prepare_keycloak
# A Keycloak folder of its own (Keycloak wipes its data/ at each start), so that fleet.sh may run beside it.
if [ ! -x "$KC_HOME-failover/bin/kc.sh" ]; then
  rm -rf "$KC_HOME-failover.tmp" && cp -a "$KC_HOME" "$KC_HOME-failover.tmp" && mv "$KC_HOME-failover.tmp" "$KC_HOME-failover"
fi
KC_HOME="$KC_HOME-failover"
start_infrastructure "$OUT/infrastructure.log"
PRIMARY_PORT=$PG_PORT
PRIMARY_PID=$(head -1 "$RUN_DATA/postgres/postmaster.pid")
SUPERUSER_PASSWORD=$(password_of superuser)

# A base backup of the running primary with PostgreSQL's low-level API (the embedded binaries carry
# initdb, pg_ctl and postgres, no pg_basebackup): pg_backup_start, a copy of the folder,
# pg_backup_stop in the same session, whose label file goes into the copy.
log "base backup of the primary into $STANDBY"
mkdir -p "$STANDBY"
psql -X -q -v ON_ERROR_STOP=1 <<EOF
SELECT pg_backup_start('insaf-standby', true);
\! cd '$RUN_DATA/postgres' && tar --exclude=./postmaster.pid --exclude=./postmaster.opts --exclude='./pg_wal/*' -cf - . | tar -C '$STANDBY' -xf -
\pset tuples_only on
\pset format unaligned
SELECT labelfile FROM pg_backup_stop(false) \g '$STANDBY/backup_label'
EOF
chmod 700 "$STANDBY"
STANDBY_PORT=$(free_port)
touch "$STANDBY/standby.signal"
# The standby's own settings; max_connections at least the primary's (the embedded server runs with 300).
cat >>"$STANDBY/postgresql.auto.conf" <<EOF
port = $STANDBY_PORT
listen_addresses = '127.0.0.1'
primary_conninfo = 'host=127.0.0.1 port=$PRIMARY_PORT user=postgres password=$SUPERUSER_PASSWORD application_name=standby1'
synchronous_standby_names = ''
fsync = on
max_connections = 300
EOF
PG_BIN=$(dirname "$(readlink -f "$(ls -d "$CACHE_DIR"/embedded-postgres/PG-*/bin | head -1)/postgres")")
log "starting the standby on port $STANDBY_PORT"
# As the embedded PostgreSQL does: in a user namespace of its own, where root is no one.
unshare -U "$PG_BIN/pg_ctl" -D "$STANDBY" -l "$OUT/standby.log" -w -t 120 start >/dev/null

# Synchronous replication: a commit is acknowledged only once the standby has it on disk, so a write
# the service acknowledged survives the loss of the primary.
sql "ALTER SYSTEM SET synchronous_standby_names = 'standby1'" >/dev/null
sql "SELECT pg_reload_conf()" >/dev/null
for _ in $(seq 120); do
  [ "$(sql "SELECT sync_state FROM pg_stat_replication WHERE application_name = 'standby1'")" = sync ] && break
  sleep 0.5
done
log "replication: $(sql "SELECT application_name || ' ' || state || ' ' || sync_state FROM pg_stat_replication")"
[ "$(sql "SELECT sync_state FROM pg_stat_replication WHERE application_name = 'standby1'")" = sync ] \
  || { echo "the standby is not a synchronous standby" >&2; exit 1; }

# The service: both hosts, the primary wanted.
MULTI_HOST_URL="jdbc:postgresql://127.0.0.1:$PRIMARY_PORT,127.0.0.1:$STANDBY_PORT/postgres?targetServerType=primary"
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
log "starting the service on $PORT with $MULTI_HOST_URL"
start_service "$OUT/service.log" "${EXTERNAL[@]}" -Dquarkus.datasource.jdbc.url="$MULTI_HOST_URL"
await_ready "$(now_ms)" 180 >/dev/null

# The writer: one registration after the other, each answer logged with its time:
# start_ms status code duration_ms fir case_id
INVESTIGATOR=$(token investigator)
writer() {
  local n=0 t0 t1 out status code id fir
  while :; do
    n=$((n + 1)); fir="FAILOVER-$STAMP-$n/2009"
    t0=$(now_ms)
    out=$(curl -s -m 30 -o "$WORK/answer" -w '%{http_code}' -H "Authorization: Bearer $INVESTIGATOR" -H 'Content-Type: application/json' \
      -d "{\"query\":\"mutation(\$i: RegisterCaseInput!) { registerCase(input: \$i) { case { id } } }\",\"variables\":{\"i\":{\"firNumber\":\"$fir\",\"office\":\"FIA-AHTC-LAHORE\",\"registeredOn\":\"2009-01-05\",\"sections\":[\"PACHTO-3\"]}}}" \
      "$BASE/graphql" || true)
    t1=$(now_ms)
    status=${out:-000}
    code=$(jq -r '.errors[0].extensions.code // "-"' "$WORK/answer" 2>/dev/null || echo "not-json")
    id=$(jq -r '.data.registerCase.case.id // "-"' "$WORK/answer" 2>/dev/null || echo "-")
    echo "$t0 $status $code $((t1 - t0)) $fir $id"
    sleep 0.2
  done
}
writer >"$OUT/writes.log" 2>&1 &
WRITER_PID=$!

readiness() { curl -s -o /dev/null -m 10 -w '%{http_code}' "$BASE/q/health/ready" || true; }
# Writes acknowledged before the kill are the point of the run: at least ten (or two minutes).
for _ in $(seq 240); do
  [ "$(awk '$2 == 200 && $6 != "-"' "$OUT/writes.log" | wc -l)" -ge 10 ] && break
  sleep 0.5
done
log "kill -9 of the primary (pid $PRIMARY_PID)"
KILL_AT=$(now_ms)
kill -9 "$PRIMARY_PID"
DOWN_AT=""
while [ $(( $(now_ms) - KILL_AT )) -lt $(( OUTAGE * 1000 )) ]; do
  r=$(readiness)
  [ -z "$DOWN_AT" ] && [ "$r" = 503 ] && DOWN_AT=$(now_ms) && log "readiness DOWN $((DOWN_AT - KILL_AT)) ms after the kill"
  sleep 0.25
done
READY_DURING=$(readiness)
# An outage answer from outside GraphQL, as a balancer's client would see it.
curl -s -m 30 -H "Authorization: Bearer $INVESTIGATOR" -H 'Content-Type: application/json' \
  -d '{"query":"{ cases(first: 1) { edges { node { id } } } }"}' -w '\nHTTP %{http_code}\n' "$BASE/graphql" >"$OUT/outage-answer.txt" || true

log "promoting the standby"
PROMOTE_AT=$(now_ms)
PGPORT=$STANDBY_PORT sql "SELECT pg_promote(true, 60)" >/dev/null
UP_AT=""
for _ in $(seq 240); do
  if [ "$(readiness)" = 200 ]; then UP_AT=$(now_ms); break; fi
  sleep 0.25
done
[ -n "$UP_AT" ] && log "readiness UP $((UP_AT - PROMOTE_AT)) ms after the promotion"
sleep 5
kill "$WRITER_PID"; wait "$WRITER_PID" 2>/dev/null || true
WRITER_PID=""

# Every acknowledged registration, in the new primary.
awk '$2 == 200 && $6 != "-" { print $6 }' "$OUT/writes.log" >"$WORK/acknowledged"
acknowledged=$(wc -l <"$WORK/acknowledged")
before_kill=$(awk -v k="$KILL_AT" '$2 == 200 && $6 != "-" && $1 < k' "$OUT/writes.log" | wc -l)
ids=$(paste -sd, "$WORK/acknowledged" | sed "s/[^,][^,]*/'&'/g")
present=$(PGPORT=$STANDBY_PORT sql "SELECT count(*) FROM case_file WHERE id IN ($ids)")
outage=$(awk -v k="$KILL_AT" -v p="$PROMOTE_AT" '$1 >= k && $1 < p' "$OUT/writes.log")
outage_total=$(grep -c . <<<"$outage" || true)
outage_503=$(awk '$2 == 503 && $3 == "UNAVAILABLE"' <<<"$outage" | grep -c . || true)
others=$(awk '$2 != 200 && !($2 == 503 && $3 == "UNAVAILABLE")' "$OUT/writes.log" | grep -c . || true)
errors_200=$(awk '$2 == 200 && $6 == "-"' "$OUT/writes.log" | grep -c . || true)
# The bound is on answers while the database is away and after: the first requests of a cold service
# on a busy machine may be slower, and are reported apart.
slowest=$(awk -v k="$KILL_AT" 'BEGIN { m = 0 } $1 + $4 >= k && $4 > m { m = $4 } END { print m }' "$OUT/writes.log")
slowest_before=$(awk -v k="$KILL_AT" 'BEGIN { m = 0 } $1 + $4 < k && $4 > m { m = $4 } END { print m }' "$OUT/writes.log")
# grep -c exits 1 when nothing matches (the good case): not a failure of the script.
stack=$( { grep -c 'Exception\|at org\.\|at io\.' "$WORK/answer" "$OUT/outage-answer.txt" 2>/dev/null || true; } \
  | awk -F: '{ s += $2 } END { print s + 0 }')

{
  echo "Failover run $STAMP, commit $(describe_commit); $(describe_machine)"
  echo "primary on $PRIMARY_PORT, synchronous standby 'standby1' on $STANDBY_PORT; service on $MULTI_HOST_URL"
  echo "writes: $(wc -l <"$OUT/writes.log") registrations sent, $acknowledged acknowledged ($before_kill before the kill -9), all $present of them in the new primary"
  echo "outage ($OUTAGE s from the kill to the promotion): $outage_total answers, $outage_503 of them HTTP 503 UNAVAILABLE; other refusals over the run: $others; 200s with errors: $errors_200"
  echo "slowest answer from the kill on: $slowest ms (bound $ANSWER_BOUND_MS ms); before it: $slowest_before ms"
  down="never"; [ -n "$DOWN_AT" ] && down="$((DOWN_AT - KILL_AT)) ms after the kill"
  up="never"; [ -n "$UP_AT" ] && up="$((UP_AT - PROMOTE_AT)) ms after the promotion"
  echo "readiness: DOWN $down; during the outage: HTTP $READY_DURING; UP $up"
  echo "an answer during the outage: $(head -1 "$OUT/outage-answer.txt" | cut -c1-200) ($(tail -1 "$OUT/outage-answer.txt"))"
} | tee "$OUT/report.txt"

failed=0
[ "$present" = "$acknowledged" ] || { echo "FAILED: acknowledged registrations missing after the failover"; failed=1; }
[ "$acknowledged" -gt 0 ] && [ "$before_kill" -gt 0 ] || { echo "FAILED: nothing was written"; failed=1; }
[ -n "$DOWN_AT" ] && [ "$READY_DURING" = 503 ] || { echo "FAILED: readiness was not DOWN without a primary"; failed=1; }
[ -n "$UP_AT" ] || { echo "FAILED: the service did not come back by itself"; failed=1; }
[ "$outage_503" -gt 0 ] || { echo "FAILED: no 503 UNAVAILABLE during the outage"; failed=1; }
[ "$others" = 0 ] && [ "$errors_200" = 0 ] || { echo "FAILED: answers other than 200 and 503 UNAVAILABLE"; failed=1; }
[ "$slowest" -le "$ANSWER_BOUND_MS" ] || { echo "FAILED: an answer took $slowest ms"; failed=1; }
[ "$stack" = 0 ] || { echo "FAILED: a stack trace in an answer"; failed=1; }
log "results in $OUT"
[ "$failed" = 0 ] && echo "FAILOVER RUN PASSED" || echo "FAILOVER RUN FAILED"
exit "$failed"
