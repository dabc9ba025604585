#!/usr/bin/env bash
# Benchmark of the Insaf GraphQL API on a data folder: cold start, then five operations a frontend
# sends at 1, 16 and 64 concurrent clients (throughput, latency percentiles, failed answers, SQL
# statements per request, CPU per request), and the service's peak RSS. See bench/README.md.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
APP="$ROOT/bootstrap/target/quarkus-app"
# shellcheck source=bench/common.sh
. "$BENCH_DIR/common.sh"

usage() {
  cat <<EOF
Usage: bench/run.sh --data DIR [options]

  --data DIR          data folder of the service (as -Dinsaf.data-dir / INSAF_DATA_DIR): DIR/postgres,
                      DIR/identity.key. It is copied first (the bench records hearings and assigns
                      cases), unless --in-place.
  --label NAME        name of this run in bench/results/ (default: the data folder's name)
  --duration SEC      seconds per measurement (default 20)
  --warmup SEC        seconds of warm-up per operation before measuring (default 10)
  --clients LIST      concurrent clients (default "1 16 64")
  --scenarios LIST    of: detail page page10 page100 pagefull statistics advice hearing candidates
                      (default: all; page10, page100 and pagefull run at 16 clients only)
  --jvm-opts OPTS     JVM options of the service (default "$DEFAULT_JVM_OPTS")
  --cold-starts N     cold starts measured with the database up (default 3)
  --pool N            cases on trial assigned to the bench's judge/prosecutor (default 512)
  --no-embedded-start skip timing a start with embedded PostgreSQL and Keycloak
  --no-appcds         start the service without the build's AppCDS archive
  --in-place          run on DIR itself instead of a copy (it will be changed)
  --keep              keep the working copy of the data

  INSAF_CACHE_DIR, when set, is passed to the build as -Dinsaf.cache.dir.
EOF
}

DATA="" LABEL="" DURATION=20 WARMUP=10 CLIENTS="1 16 64" SCENARIOS="detail page page10 page100 pagefull statistics advice hearing candidates"
JVM_OPTS="$DEFAULT_JVM_OPTS" COLD_STARTS=3 POOL=512 EMBEDDED_START=1 APPCDS=1 IN_PLACE=0 KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --data) DATA=$2; shift 2 ;;
    --label) LABEL=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --clients) CLIENTS=$2; shift 2 ;;
    --scenarios) SCENARIOS=$2; shift 2 ;;
    --jvm-opts) JVM_OPTS=$2; shift 2 ;;
    --cold-starts) COLD_STARTS=$2; shift 2 ;;
    --pool) POOL=$2; shift 2 ;;
    --no-embedded-start) EMBEDDED_START=0; shift ;;
    --no-appcds) APPCDS=0; shift ;;
    --in-place) IN_PLACE=1; shift ;;
    --keep) KEEP=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done
[ -n "$DATA" ] || { usage >&2; exit 2; }
DATA=$(cd "$DATA" && pwd)
check_data_folder
LABEL=${LABEL:-$(basename "$DATA")}

# ------------------------------------------------------------------ tools and build
need_tools
build_if_stale

# ------------------------------------------------------------------ working folders
prepare_work "$LABEL"
prepare_keycloak

SAMPLER_PID=""
cleanup() {
  set +e
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null
  bench_cleanup
}
trap cleanup EXIT

PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"

started_in() { sed -n 's/.*started in \([0-9.]*\)s.*/\1/p' "$1" | tail -1; }

# ------------------------------------------------------------------ start with embedded PostgreSQL and Keycloak
EMBEDDED_MS="" EMBEDDED_QUARKUS=""
if [ "$EMBEDDED_START" = 1 ]; then
  log "start with embedded PostgreSQL and Keycloak"
  t0=$(now_ms)
  start_service "$OUT/service-embedded.log"
  EMBEDDED_MS=$(await_ready "$t0" 1800)
  EMBEDDED_QUARKUS=$(started_in "$OUT/service-embedded.log")
  stop_service
  log "ready in $EMBEDDED_MS ms"
fi

# ------------------------------------------------------------------ the database and Keycloak, held apart
start_infrastructure "$OUT/infrastructure.log"

# ------------------------------------------------------------------ cold starts with the database up
# A data folder made by an older version is migrated, and its read views rewritten, at the first start:
# minutes for 100,000 cases. That start is not a cold start; when the embedded start above did not run,
# one untimed start does it here, so the cold starts measure a folder already at this version.
if [ "$EMBEDDED_START" != 1 ]; then
  log "bringing the data folder to this version (migrations and read views; not timed)"
  start_service "$OUT/service-upgrade.log" "${EXTERNAL[@]}"
  await_ready "$(now_ms)" 1800 >/dev/null
  stop_service
fi
COLD=()
for i in $(seq "$COLD_STARTS"); do
  t0=$(now_ms)
  start_service "$OUT/service-cold-$i.log" "${EXTERNAL[@]}"
  ms=$(await_ready "$t0" 120)
  COLD+=("$ms/$(started_in "$OUT/service-cold-$i.log")")
  stop_service
  log "cold start $i: ready in $ms ms"
done

# ------------------------------------------------------------------ the service under load
log "starting the service for the load"
start_service "$OUT/service.log" "${EXTERNAL[@]}" -Xlog:gc:file="$OUT/gc.log"
await_ready "$(now_ms)" 120 >/dev/null
(while kill -0 "$SERVICE_PID" 2>/dev/null; do
   awk '/VmRSS/ {print $2}' "/proc/$SERVICE_PID/status" 2>/dev/null
   sleep 1
 done >"$WORK/rss.samples") &
SAMPLER_PID=$!

gql() { # user, JSON body
  curl -sf "$BASE/graphql" -H "Authorization: Bearer $(token "$1")" -H 'Content-Type: application/json' -d "$2"
}

# Whether scenario $1 is one of this run's.
wants() { [[ " $SCENARIOS " == *" $1 "* ]]; }

# ------------------------------------------------------------------ the data: size, and real ids to ask for
read -r CASES VICTIMS ACCUSED OFFENCES HEARINGS < <(sql "SELECT (SELECT count(*) FROM case_file), (SELECT count(*) FROM victim),
  (SELECT count(*) FROM accused), (SELECT count(*) FROM offence), (SELECT count(*) FROM hearing)")
log "data: $CASES cases, $VICTIMS victims, $ACCUSED accused, $OFFENCES offences, $HEARINGS hearings"
TODAY=$(TZ=Asia/Karachi date +%F)

# Case detail: a fixed sample (by a hash of the id) of cases that have reached a charge sheet, as admin.
detail_ids >"$WORK/detail.ids"
jq -R -c --arg q "$(case_query detail case-fields)" '{query: $q, variables: {id: .}}' <"$WORK/detail.ids" >"$WORK/detail.jsonl"

# Cases page: filtered on the most frequent status, as admin; the first page and pages deep in the
# list, with the cursor the API hands out there (base64url of "registeredOn|id" of the row before).
page_places >"$WORK/places"
while IFS=$'\t' read -r _ raw; do to_cursor "$raw"; echo; done <"$WORK/places" >"$WORK/cursors"
page_bodies() { # fields, page size
  { echo ""; cat "$WORK/cursors"; } | jq -R -c --arg q "$(case_query page "$1")" --arg s "$PAGE_STATUS" --argjson n "$2" \
    '{query: $q, variables: ({filter: {status: $s}, first: $n} + (if . == "" then {} else {after: .} end))}'
}
page_bodies page-fields 50 >"$WORK/page.jsonl"
page_bodies page-fields 10 >"$WORK/page10.jsonl"
page_bodies page-fields 100 >"$WORK/page100.jsonl"
page_bodies case-fields 50 >"$WORK/pagefull.jsonl"

# Statistics: every figure of a year, as analyst, for the years with the most cases.
# Introspection is off in production: ask for the field itself.
HAS_STATISTICS=$(gql analyst '{"query":"{ statistics(year: 2017) { __typename } }"}' | jq '.errors == null')
if [ "$HAS_STATISTICS" = true ]; then
  sql "SELECT extract(year FROM registered_on)::int FROM case_file GROUP BY 1 ORDER BY count(*) DESC, 1 DESC LIMIT 5" \
    | jq -R -c --arg q "$(cat "$BENCH_DIR/queries/statistics.graphql")" '{query: $q, variables: {year: (. | tonumber)}}' \
    >"$WORK/statistics.jsonl"
fi

# Candidate matching (issue 18 item 7): personCandidates for the first accused of a fixed sample of
# cases, as admin (who sees every office, so every candidate is scored, none only counted).
if wants candidates; then
  sql "SELECT c.id FROM case_file c WHERE EXISTS (SELECT 1 FROM accused a WHERE a.case_id = c.id)
       ORDER BY md5(c.id::text) LIMIT $POOL" >"$WORK/candidates.cases"
  while read -r id; do
    gql admin "$(jq -c -n --arg id "$id" '{query: "query($id: ID!) { case(id: $id) { accused { id } } }", variables: {id: $id}}')" \
      | jq -c --arg c "$id" --arg q "$(cat "$BENCH_DIR/queries/candidates.graphql")" \
          '.data.case.accused[0].id // empty | {query: $q, variables: {caseId: $c, accusedId: .}}'
  done <"$WORK/candidates.cases" >"$WORK/candidates.jsonl"
  log "candidate matching: $(wc -l <"$WORK/candidates.jsonl") accused of as many cases"
fi

# Charge advice and hearings: cases on trial with recorded facts, assigned (as admin would) to this
# run's prosecutor and judge; Keycloak gives its users new ids on every start.
# Only when a scenario needs them: the assignments are writes, which compile the write path too.
if wants advice || wants hearing; then
  PROSECUTOR_ID=$(gql prosecutor '{"query":"{ me { id } }"}' | jq -r .data.me.id)
  JUDGE_ID=$(gql judge '{"query":"{ me { id } }"}' | jq -r .data.me.id)
  sql "SELECT c.id FROM case_file c WHERE c.status = 'ON_TRIAL' AND EXISTS (SELECT 1 FROM case_facts f WHERE f.case_id = c.id)
       ORDER BY md5(c.id::text) LIMIT $POOL" >"$WORK/pool.ids"
  POOL_SIZE=$(wc -l <"$WORK/pool.ids")
  log "assigning $POOL_SIZE cases on trial to this run's prosecutor and judge"
  ADMIN_TOKEN=$(token admin)
  while read -r id; do
    body=$(jq -c -n --arg id "$id" --arg p "$PROSECUTOR_ID" --arg j "$JUDGE_ID" \
      '{query: "mutation($i: AssignCaseInput!) { assignCase(input: $i) { case { version } } }",
        variables: {i: {caseId: $id, prosecutor: $p, judge: $j, court: "SESSIONS-COURT-BENCH"}}}')
    curl -sf "$BASE/graphql" -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' -d "$body" \
      | jq -e '.data.assignCase.case.version' >/dev/null || { echo "assigning case $id failed" >&2; exit 1; }
  done <"$WORK/pool.ids"
else
  : >"$WORK/pool.ids"
  POOL_SIZE=0
fi

# The pool as the hearing script reads it, from the database: "id, version, latest date, court".
# Made again before every hearing run, so that each starts from the versions the last one left.
hearing_pool() {
  sql "SELECT c.id, c.version, GREATEST(
         (SELECT max(entered_on) FROM case_status_date d WHERE d.case_id = c.id),
         (SELECT max(hearing_date) FROM hearing h WHERE h.case_id = c.id),
         (SELECT max(GREATEST(verdict_date, sentence_pronounced_on)) FROM offence o WHERE o.case_id = c.id)), c.court
       FROM case_file c WHERE c.id IN ($(sed "s/.*/'&'/" "$WORK/pool.ids" | paste -sd,))
       ORDER BY md5(c.id::text)" >"$WORK/hearing.tsv"
}
jq -R -c --arg q "$(cat "$BENCH_DIR/queries/advice.graphql")" '{query: $q, variables: {id: .}}' \
  <"$WORK/pool.ids" >"$WORK/advice.jsonl"

# ------------------------------------------------------------------ measuring
user_of() { case $1 in detail|page*|candidates) echo admin ;; statistics) echo analyst ;; advice) echo prosecutor ;; hearing) echo judge ;; esac; }
available() {
  case $1 in
    statistics) [ "$HAS_STATISTICS" = true ] ;;
    advice|hearing) [ "$POOL_SIZE" -gt 0 ] ;;
    *) [ -s "$WORK/$1.jsonl" ] ;;
  esac
}

# One wrk run; prints the RESULT line's fields.
wrk_run() { # scenario clients seconds
  local scenario=$1 clients=$2 seconds=$3 tok threads=1
  tok=$(token "$(user_of "$scenario")")
  if [ "$scenario" = hearing ]; then
    hearing_pool
    wrk -t$threads -c"$clients" -d"${seconds}s" --timeout 60s -s "$BENCH_DIR/lua/hearing.lua" "$BASE" \
      -- "$WORK/hearing.tsv" "$tok" "$TODAY" $threads
  else
    wrk -t$threads -c"$clients" -d"${seconds}s" --timeout 60s -s "$BENCH_DIR/lua/bodies.lua" "$BASE" \
      -- "$WORK/$scenario.jsonl" "$tok"
  fi
}

# After a run, requests wrk gave up on may still be in the service.
drain() { await_idle "$SERVICE_PID"; }

# SQL statements per request, exactly: pg_stat_statements is reset, $STATEMENT_SAMPLES requests are
# sent one after the other (each must succeed), and every statement PostgreSQL ran for them is
# counted (BEGIN and COMMIT included; track_utility is on), except the bench's own.
STATEMENT_SAMPLES=20
count_statements() { # scenario; prints "total without-transaction-control"
  local scenario=$1 tok body n=0
  tok=$(token "$(user_of "$scenario")")
  if [ "$scenario" = hearing ]; then
    hearing_pool
    head -n "$STATEMENT_SAMPLES" "$WORK/hearing.tsv" | jq -R -c --arg today "$TODAY" 'split("\t") as [$id, $v, $latest, $court]
      | ($latest | strptime("%Y-%m-%d") | mktime + 86400 | strftime("%Y-%m-%d")) as $next
      | {query: "mutation($i: RecordHearingInput!) { recordHearing(input: $i) { case { id version hearings { date } } } }",
         variables: {i: {caseId: $id, expectedVersion: ($v | tonumber), date: ([$next, $today] | min), court: $court,
                         proceedings: "Evidence recorded; adjourned"}}}' >"$WORK/count-$scenario.jsonl"
  else
    head -n "$STATEMENT_SAMPLES" "$WORK/$scenario.jsonl" >"$WORK/count-$scenario.jsonl"
  fi
  sql "SELECT pg_stat_statements_reset()" >/dev/null
  while read -r body; do
    curl -sf "$BASE/graphql" -H "Authorization: Bearer $tok" -H 'Content-Type: application/json' -d "$body" \
      | jq -e '.errors == null' >/dev/null || { log "$scenario: a request failed while counting statements"; echo "- -"; return; }
    n=$(( n + 1 ))
  done <"$WORK/count-$scenario.jsonl"
  local own="query NOT LIKE '%pg_stat_statements%' AND query <> ''"
  sql "SELECT calls, rows, round(mean_exec_time::numeric, 3), regexp_replace(query, '\s+', ' ', 'g')
       FROM pg_stat_statements WHERE $own ORDER BY calls DESC, total_exec_time DESC" >"$OUT/statements-$scenario.tsv"
  sql "SELECT round(COALESCE(sum(calls), 0) / $n::numeric, 1),
              round(COALESCE(sum(calls) FILTER (WHERE query !~* '^\s*(BEGIN|COMMIT|ROLLBACK|SET|SAVEPOINT|RELEASE)'), 0) / $n::numeric, 1)
       FROM pg_stat_statements WHERE $own" | tr '\t' ' '
}

CSV="$OUT/results.csv"
echo "scenario,clients,requests,seconds,throughput_rps,p50_ms,p95_ms,p99_ms,max_ms,failed,service_cpu_ms_per_request,db_cpu_ms_per_request,loadavg_before" >"$CSV"
STATEMENTS_CSV="$OUT/statements.csv"
echo "scenario,statements_per_request,without_begin_commit" >"$STATEMENTS_CSV"
for scenario in $SCENARIOS; do
  if ! available "$scenario"; then log "$scenario: skipped (not available in this service or data)"; continue; fi
  levels=$CLIENTS
  case $scenario in page10|page100|pagefull) levels=16 ;; esac
  log "$scenario: warm-up ${WARMUP}s"
  wrk_run "$scenario" 16 "$WARMUP" >"$OUT/wrk-$scenario-warmup.txt"
  drain
  read -r per_request without_tx < <(count_statements "$scenario")
  echo "$scenario,$per_request,$without_tx" >>"$STATEMENTS_CSV"
  log "$scenario: $per_request SQL statements per request ($without_tx without BEGIN/COMMIT)"
  for clients in $levels; do
    drain
    load=$(cut -d' ' -f1 /proc/loadavg)
    cpu0=$(cpu_ticks "$SERVICE_PID"); db0=$(pg_cpu_ticks)
    wrk_run "$scenario" "$clients" "$DURATION" >"$OUT/wrk-$scenario-$clients.txt"
    cpu1=$(cpu_ticks "$SERVICE_PID"); db1=$(pg_cpu_ticks)
    line=$(grep '^RESULT' "$OUT/wrk-$scenario-$clients.txt")
    requests=$(field requests "$line"); duration=$(field duration_us "$line")
    failed=$(( $(field failed_http "$line") + $(field failed_graphql "$line") + $(field socket_timeout "$line") ))
    row=$(awk -v s="$scenario" -v c="$clients" -v r="$requests" -v d="$duration" -v ok=$(( requests - failed )) -v f="$failed" \
      -v p50="$(field p50_us "$line")" -v p95="$(field p95_us "$line")" -v p99="$(field p99_us "$line")" -v mx="$(field max_us "$line")" \
      -v cpu=$(( cpu1 - cpu0 )) -v db=$(( db1 - db0 )) -v hz="$(getconf CLK_TCK)" -v l="$load" 'BEGIN {
        secs = d / 1e6
        printf "%s,%d,%d,%.1f,%.1f,%.1f,%.1f,%.1f,%.1f,%d,%.2f,%.2f,%s", s, c, r, secs, ok / secs, p50 / 1000, p95 / 1000,
          p99 / 1000, mx / 1000, f, (r > 0 ? cpu * 1000 / hz / r : 0), (r > 0 ? db * 1000 / hz / r : 0), l }')
    echo "$row" >>"$CSV"
    log "$scenario @ $clients: $row"
  done
done
drain

# ------------------------------------------------------------------ memory, and the report
HWM=$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$SERVICE_PID/status")
RSS_MAX=$(sort -n "$WORK/rss.samples" | tail -1 | awk '{print int($1 / 1024)}')
GC_PAUSES=$(grep -c 'Pause' "$OUT/gc.log" || true)
GC_MS=$(sed -n 's/.*Pause.* \([0-9.]*\)ms$/\1/p' "$OUT/gc.log" | awk '{s += $1} END {printf "%.0f", s}')
stop_service

{
  echo "# Insaf benchmark $STAMP ($LABEL)"
  echo
  echo "* Command: \`bench/run.sh --data $DATA --duration $DURATION --warmup $WARMUP --clients \"$CLIENTS\"\`"
  echo "* Commit: $(describe_commit)"
  echo "* Machine: $(describe_machine)"
  echo "* Data: $CASES cases, $VICTIMS victims, $ACCUSED accused, $OFFENCES offences, $HEARINGS hearings"
  echo "* Service JVM: \`MALLOC_ARENA_MAX=2 java $JVM_OPTS\`, AppCDS archive $([ "$APPCDS" = 1 ] && [ -f "$APP/app-cds.jsa" ] && echo used || echo "not used"); wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}'), 1 thread, on the same machine"
  echo "* Page filter: status $PAGE_STATUS ($PAGE_ROWS cases), first page and 9 pages spread over the list; detail: 1000 cases; pool of $POOL_SIZE cases on trial for advice and hearings"
  echo
  echo "| operation | clients | requests | throughput (req/s) | p50 ms | p95 ms | p99 ms | max ms | failed | service CPU ms / request | PostgreSQL CPU ms / request | load before |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  tail -n +2 "$CSV" | awk -F, '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $5, $6, $7, $8, $9, $10, $11, $12, $13 }'
  echo
  echo "SQL statements per request ($STATEMENT_SAMPLES requests one after the other, counted by pg_stat_statements; statements-*.tsv lists them):"
  echo
  echo "| operation | statements / request | without BEGIN/COMMIT |"
  echo "|---|---|---|"
  tail -n +2 "$STATEMENTS_CSV" | awk -F, '{ printf "| %s | %s | %s |\n", $1, $2, $3 }'
  echo
  echo "* Peak RSS of the service JVM (VmHWM): **$HWM MB**; highest 1 s sample of VmRSS under load: $RSS_MAX MB"
  echo "* GC: $GC_PAUSES pauses, $GC_MS ms in total (gc.log)"
  echo "* Cold start with PostgreSQL and Keycloak already up, JVM start to the first 200 of /q/health/ready (ms / Quarkus' \"started in\" s): ${COLD[*]}"
  [ -n "$EMBEDDED_MS" ] && echo "* Start including embedded PostgreSQL and Keycloak: $EMBEDDED_MS ms to ready (Quarkus \"started in\" ${EMBEDDED_QUARKUS}s, which includes them); separately PostgreSQL took $PG_START_MS ms and Keycloak $KC_START_MS ms to start here"
  echo "* Failed = HTTP status other than 200, or GraphQL errors in the answer, or timeouts (60 s); samples in wrk-*.txt"
} >"$OUT/results.md"
cat "$OUT/results.md"
log "results in $OUT"
