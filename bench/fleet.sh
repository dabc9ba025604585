#!/usr/bin/env bash
# Insaf as a fleet on one machine (issue 20, items 1 and 3): two or three packaged instances on their
# own ports behind HAProxy, against one PostgreSQL and one Keycloak (HoldInfrastructure.java), under a
# mixed load (FleetLoad.java: every kind of step a case goes through, racing updates, reads, victims'
# identities, `me`). During the load one instance is killed with kill -9 and started again, then one
# is stopped with SIGTERM (it must drain and exit 0 within the bound) and started again. Afterwards
# the load client checks every write against the database and the API, and `audit verify` checks the
# audit chain. Exits 0 when everything holds, 1 when a check fails, 2 on bad use. See
# docs/operations.md, "A fleet on one machine".
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
APP="$ROOT/bootstrap/target/quarkus-app"
# shellcheck source=bench/common.sh
. "$BENCH_DIR/common.sh"

usage() {
  cat <<EOF
Usage: bench/fleet.sh [options]

  --short             the version the test command runs: two instances, 4 workers, about 5 s of load
                      between the faults
  --instances N       service instances behind HAProxy, 2 or 3 (default 3)
  --phase SEC         seconds of load before, between and after the faults (default 20)
  --workers N         load workers taking cases through their steps (default 6)
  --cases N           cases the generator puts in the data folder first (default 200)
  --jvm-opts OPTS     JVM options of each instance (default "$DEFAULT_JVM_OPTS")
  --keep              keep the working folder (data, logs)

  INSAF_CACHE_DIR, when set, is passed to the build as -Dinsaf.cache.dir.
  Results (logs, HAProxy's configuration, the client's report) go to bench/results/<time>-fleet.
EOF
}

JVM_OPTS="$DEFAULT_JVM_OPTS"
INSTANCES=3 PHASE=20 WORKERS=6 CASES=200 KEEP=0 LABEL=fleet
while [ $# -gt 0 ]; do
  case "$1" in
    --short) INSTANCES=2 PHASE=5 WORKERS=4 CASES=20 LABEL=fleet-short; shift ;;
    --instances) INSTANCES=$2; shift 2 ;;
    --phase) PHASE=$2; shift 2 ;;
    --workers) WORKERS=$2; shift 2 ;;
    --cases) CASES=$2; shift 2 ;;
    --jvm-opts) JVM_OPTS=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done
for n in "$PHASE" "$WORKERS" "$CASES"; do
  [[ "$n" =~ ^[0-9]+$ ]] && [ "$n" -gt 0 ] || { echo "not a whole number above 0: $n" >&2; exit 2; }
done
[[ "$INSTANCES" =~ ^[23]$ ]] || { echo "--instances takes 2 or 3, not $INSTANCES" >&2; exit 2; }

# The bound on a graceful stop: the pre-shutdown delay (readiness DOWN while still serving) plus the
# time requests in flight are given (application.properties: quarkus.shutdown.delay, .timeout), plus
# the JVM's own start of the stop.
STOP_BOUND_S=35

# HAProxy and the other tools (Debian packages) when missing: a fresh machine may have only a JDK.
declare -A PACKAGE_OF=([haproxy]=haproxy [curl]=curl [jq]=jq [psql]=postgresql-client [unzip]=unzip)
missing=()
for tool in haproxy curl jq psql unzip; do
  command -v "$tool" >/dev/null || missing+=("${PACKAGE_OF[$tool]}")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]} (Debian packages)"
  sudo=(); [ "$(id -u)" = 0 ] || sudo=(sudo)
  # A fresh machine may have no package lists yet.
  "${sudo[@]}" apt-get install -y "${missing[@]}" >/dev/null 2>&1 \
    || { "${sudo[@]}" apt-get update >/dev/null && "${sudo[@]}" apt-get install -y "${missing[@]}" >/dev/null; }
fi
for tool in haproxy curl jq psql java unzip; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install $tool)" >&2; exit 2; }
done
build_if_stale

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT="$BENCH_DIR/results/$STAMP-$LABEL"
mkdir -p "$OUT"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/insaf-fleet.XXXXXX")
RUN_DATA="$WORK/data"
EVENTS="$OUT/events"
: >"$EVENTS"

declare -a PIDS PORTS
HAPROXY_PID="" CLIENT_PID=""
cleanup() {
  set +e
  [ -n "$CLIENT_PID" ] && kill "$CLIENT_PID" 2>/dev/null && wait "$CLIENT_PID" 2>/dev/null
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  done
  [ -n "$HAPROXY_PID" ] && kill "$HAPROXY_PID" 2>/dev/null && wait "$HAPROXY_PID" 2>/dev/null
  bench_cleanup
}
trap cleanup EXIT

generate_data_folder "$CASES" "$OUT/generator.log"
prepare_keycloak
start_infrastructure "$OUT/infrastructure.log"

# Instance i on PORTS[i]: the shared data folder gives every instance the same identity key, audit key
# and checkpoint file; EXTERNAL points them all at the one PostgreSQL and the one Keycloak.
start_instance() {
  local i=$1
  # shellcheck disable=SC2086
  # FleetLoad sends its own operations, not the frontends' registered ones: trusted documents (on
  # in production) are off, as for the benchmark's service.
  (cd "$APP" && MALLOC_ARENA_MAX=2 exec java $JVM_OPTS -Dquarkus.http.port="${PORTS[$i]}" -Dinsaf.data-dir="$RUN_DATA" \
    -Dinsaf.graphql.trusted-documents=false "${EXTERNAL[@]}" -jar quarkus-run.jar) >>"$OUT/instance-$i.log" 2>&1 &
  PIDS[$i]=$!
}

# HAProxy's view of server i (UP, DOWN, ...), from its statistics page.
server_status() {
  curl -sf "http://127.0.0.1:$STATS_PORT/stats;csv" | awk -F, -v s="insaf$1" '$1 == "insaf" && $2 == s { print $18 }'
}
# Up: the instance itself ready, then HAProxy's checks seeing it so (a killed instance that HAProxy
# has not yet marked DOWN still reads UP there).
await_up() {
  local i=$1 since
  since=$(now_ms)
  until curl -sf -o /dev/null "http://127.0.0.1:${PORTS[$i]}/q/health/ready" && [ "$(server_status "$i")" = UP ]; do
    kill -0 "${PIDS[$i]}" 2>/dev/null || { echo "instance $i exited; see $OUT/instance-$i.log" >&2; exit 1; }
    [ $(( $(now_ms) - since )) -lt 600000 ] || { echo "instance $i not UP in HAProxy within 600 s" >&2; return 1; }
    sleep 0.2
  done
  echo $(( $(now_ms) - since ))
}

for i in $(seq 1 "$INSTANCES"); do
  PORTS[$i]=$(free_port)
done
LB_PORT=$(free_port)
STATS_PORT=$(free_port)
{
  cat <<EOF
global
    maxconn 512
    # One line per request (server, status, timings, termination state) in haproxy.log: which
    # instance answered what, when a run finds a request it did not expect.
    log stdout format raw local0 info
defaults
    mode http
    log global
    option httplog
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    # A connection refused (an instance gone, not yet marked DOWN) is tried again on another
    # instance; a request that reached an instance is never sent twice.
    retries 3
    option redispatch 1
    # One request per server connection: no idle connection to an instance that is closing it.
    option http-server-close
frontend api
    bind 127.0.0.1:$LB_PORT
    default_backend insaf
frontend stats
    bind 127.0.0.1:$STATS_PORT
    stats enable
    stats uri /stats
backend insaf
    balance roundrobin
    # Readiness, every second: three failures take an instance out (within the pre-shutdown delay of
    # a graceful stop, quarkus.shutdown.delay), two successes bring it back. A check may take 5 s on
    # a busy machine before it counts as failed.
    option httpchk GET /q/health/ready
    http-check expect status 200
    timeout check 5s
    default-server check inter 1s fall 3 rise 2
EOF
  for i in $(seq 1 "$INSTANCES"); do
    echo "    server insaf$i 127.0.0.1:${PORTS[$i]}"
  done
} >"$OUT/haproxy.cfg"
haproxy -c -f "$OUT/haproxy.cfg" >/dev/null
haproxy -db -f "$OUT/haproxy.cfg" >"$OUT/haproxy.log" 2>&1 &
HAPROXY_PID=$!

log "starting $INSTANCES instances on ports ${PORTS[*]} behind HAProxy on $LB_PORT"
for i in $(seq 1 "$INSTANCES"); do
  start_instance "$i"
done
for i in $(seq 1 "$INSTANCES"); do
  up_ms=$(await_up "$i")
  log "instance $i UP after $up_ms ms"
done

# issue 19: a prosecutor subscribed on one instance is told of the changes made through another.
log "caseUpdated across instances"
subscription_status=0
java -cp "$APP/lib/main/*" "$BENCH_DIR/FleetSubscription.java" "http://127.0.0.1:${PORTS[1]}" \
  "http://127.0.0.1:${PORTS[2]}" "$TOKEN_URL" "$STAMP" >"$OUT/subscription.txt" 2>&1 || subscription_status=$?

log "load: $WORKERS workers and 2 readers through the balancer"
STOP_FILE="$WORK/stop"
java -cp "$APP/lib/main/*" "$BENCH_DIR/FleetLoad.java" "http://127.0.0.1:$LB_PORT" "$TOKEN_URL" "$STOP_FILE" 900 \
  "$WORKERS" "$EVENTS" "$JDBC_URL" postgres "$(password_of superuser)" "$STAMP" >"$OUT/client.txt" 2>&1 &
CLIENT_PID=$!
sleep "$PHASE"

# kill -9: requests in flight on it are lost to the client (HAProxy answers 502, or closes the
# client's connection), nothing else. Until the process is gone (a JVM takes tens of milliseconds to
# be torn down) its port may still take a connection that then dies: the client excuses a failed
# request that overlaps the time from the kill to the process's end ("gone").
log "kill -9 instance 1"
kill_at=$(now_ms)
echo "kill9 $kill_at instance-1" >>"$EVENTS"
kill -9 "${PIDS[1]}"
wait "${PIDS[1]}" 2>/dev/null || true
gone_at=$(now_ms)
echo "gone $gone_at instance-1" >>"$EVENTS"
log "instance 1 gone $(( gone_at - kill_at )) ms after the signal"
start_instance 1
up_ms=$(await_up 1)
log "instance 1 started again, UP after $up_ms ms"
sleep "$PHASE"

# SIGTERM: readiness DOWN first (HAProxy stops sending to it), requests in flight finish, exit 0.
log "SIGTERM instance 2"
term_at=$(now_ms)
echo "term $term_at instance-2" >>"$EVENTS"
kill -TERM "${PIDS[2]}"
status=0
wait "${PIDS[2]}" || status=$?
stop_ms=$(( $(now_ms) - term_at ))
echo "exited $(now_ms) instance-2 status=$status after=${stop_ms}ms" >>"$EVENTS"
# Drained: every request in flight finished within quarkus.shutdown.timeout. Quarkus says otherwise
# in the log (a WebSocket's upgrade request once held every stop until the timeout, UpgradeRequests).
undrained=$(grep -c "Timed out waiting for graceful shutdown" "$OUT/instance-2.log" || true)
log "instance 2 exited with status $status after $stop_ms ms"
start_instance 2
up_ms=$(await_up 2)
log "instance 2 started again, UP after $up_ms ms"
sleep "$PHASE"

touch "$STOP_FILE"
client_status=0
wait "$CLIENT_PID" || client_status=$?
CLIENT_PID=""

log "audit verify"
audit_status=0
(cd "$APP" && java -Dinsaf.data-dir="$RUN_DATA" "${EXTERNAL[@]}" -jar quarkus-run.jar audit verify) \
  >"$OUT/audit-verify.txt" 2>&1 || audit_status=$?

{
  echo "Fleet run $STAMP, commit $(describe_commit); $(describe_machine)"
  echo "$INSTANCES instances (JVM: $JVM_OPTS) behind HAProxy $(haproxy -v | head -1 | awk '{print $3}'), $WORKERS workers, ${PHASE} s of load before, between and after the faults"
  cat "$OUT/subscription.txt"
  cat "$OUT/client.txt"
  echo "graceful stop (SIGTERM) of instance 2: exit status $status after $stop_ms ms (bound ${STOP_BOUND_S} s), $( [ "$undrained" = 0 ] && echo "every request in flight finished" || echo "shutdown timed out with requests in flight")"
  echo "audit verify: exit $audit_status: $(grep -v '^[0-9]\{4\}-\|^{' "$OUT/audit-verify.txt" | tail -1)"
} | tee "$OUT/report.txt"

failed=0
[ "$client_status" = 0 ] || { echo "FAILED: the load client's checks (exit $client_status)"; failed=1; }
[ "$subscription_status" = 0 ] || { echo "FAILED: the subscription across instances (exit $subscription_status)"; failed=1; }
[ "$status" = 0 ] || { echo "FAILED: the graceful stop exited $status, not 0"; failed=1; }
[ "$stop_ms" -le $(( STOP_BOUND_S * 1000 )) ] || { echo "FAILED: the graceful stop took $stop_ms ms"; failed=1; }
[ "$undrained" = 0 ] || { echo "FAILED: the graceful stop timed out waiting for requests in flight (instance-2.log)"; failed=1; }
[ "$audit_status" = 0 ] || { echo "FAILED: audit verify exited $audit_status"; failed=1; }
log "results in $OUT"
[ "$failed" = 0 ] && echo "FLEET RUN PASSED" || echo "FLEET RUN FAILED"
exit "$failed"
