#!/usr/bin/env bash
# Insaf under more clients than it admits, and under the queries an attacker sends (issue 15, items 3
# and 4): pages of 50 cases at 16 clients (the reference), then at 64 and 256 clients for 30 s each,
# recording every request's status and time (hey's CSV), so that the refusals (503 OVERLOADED) and the
# admitted answers are timed apart; then the fragment explosion and the alias bomb, each sent alone,
# timed from outside; the service's peak RSS over all of it and its full GCs. See bench/README.md.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
APP="$ROOT/bootstrap/target/quarkus-app"
# shellcheck source=bench/common.sh
. "$BENCH_DIR/common.sh"

usage() {
  cat <<EOF
Usage: bench/overload.sh --data DIR [options]

  --data DIR          data folder of the service (as made by the generator); it is copied first
  --label NAME        name of this run in bench/results/ (default: overload-<data folder's name>)
  --duration SEC      seconds per load level (default 30)
  --clients LIST      the load levels after the 16-client reference (default "64 256")
  --attacks N         times each attack query is sent, one after the other (default 20)
  --fields NAME       the fields of each case in the page, bench/queries/NAME.graphql (default page-fields;
                      list-fields: a list screen's scalars, none of the case's lists)
  --jvm-opts OPTS     JVM options of the service (default "$DEFAULT_JVM_OPTS")
  --keep              keep the working copy of the data

  INSAF_CACHE_DIR, when set, is passed to the build as -Dinsaf.cache.dir.
EOF
}

JVM_OPTS="$DEFAULT_JVM_OPTS"
DATA="" LABEL="" DURATION=30 CLIENTS="64 256" ATTACKS=20 KEEP=0 FIELDS=page-fields
while [ $# -gt 0 ]; do
  case "$1" in
    --data) DATA=$2; shift 2 ;;
    --label) LABEL=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --clients) CLIENTS=$2; shift 2 ;;
    --attacks) ATTACKS=$2; shift 2 ;;
    --fields) FIELDS=$2; shift 2 ;;
    --jvm-opts) JVM_OPTS=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done
[ -n "$DATA" ] || { usage >&2; exit 2; }
[ -d "$DATA" ] || { echo "$DATA is not a folder" >&2; exit 2; }
[[ "$FIELDS" =~ ^[a-z-]+$ ]] && [ -f "$BENCH_DIR/queries/$FIELDS.graphql" ] \
  || { echo "no fields file bench/queries/$FIELDS.graphql" >&2; exit 2; }
for n in "$DURATION" "$ATTACKS" $CLIENTS; do
  [[ "$n" =~ ^[0-9]+$ ]] && [ "$n" -gt 0 ] || { echo "not a whole number above 0: $n" >&2; exit 2; }
done
DATA=$(cd "$DATA" && pwd)
check_data_folder
LABEL=${LABEL:-overload-$(basename "$DATA")$([ "$FIELDS" = page-fields ] || echo "-$FIELDS")}

# hey (Debian package) writes one CSV line per request: its time and its status.
if ! command -v hey >/dev/null; then
  log "installing hey (Debian package)"
  if [ "$(id -u)" = 0 ]; then apt-get install -y hey >/dev/null; else sudo apt-get install -y hey >/dev/null; fi
fi
need_tools hey python3
build_if_stale
prepare_work "$LABEL"
prepare_keycloak

SAMPLER_PID=""
cleanup() {
  set +e
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null
  bench_cleanup
}
trap cleanup EXIT

start_infrastructure "$OUT/infrastructure.log"
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
# A folder made by an older version is migrated, and its read views rewritten, at the first start
# (minutes, and memory the service never needs again): a start of its own, so that the peak RSS
# measured is that of a service answering requests.
log "bringing the data folder to this version (migrations and read views)"
start_service "$OUT/service-upgrade.log" "${EXTERNAL[@]}"
await_ready "$(now_ms)" 1800 >/dev/null
stop_service
log "starting the service"
start_service "$OUT/service.log" "${EXTERNAL[@]}" -Xlog:gc:file="$OUT/gc.log"
await_ready "$(now_ms)" 300 >/dev/null

# The page the frontends ask for most: the first 50 cases of the most frequent status, as admin.
PAGE_STATUS=$(sql "SELECT status FROM case_file GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
jq -n -c --arg q "$(case_query page "$FIELDS")" --arg s "$PAGE_STATUS" \
  '{query: $q, variables: {filter: {status: $s}, first: 50}}' >"$WORK/page.json"
TOKEN=$(token admin)
curl -sf "$BASE/graphql" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d @"$WORK/page.json" \
  | jq -e '.errors == null and (.data.cases.edges | length) == 50' >/dev/null \
  || { echo "the page query does not answer 50 cases" >&2; exit 1; }

(while kill -0 "$SERVICE_PID" 2>/dev/null; do
   awk '/VmRSS/ {print $2}' "/proc/$SERVICE_PID/status" 2>/dev/null
   sleep 1
 done >"$WORK/rss.samples") &
SAMPLER_PID=$!

load() { # clients seconds csv
  hey -z "${2}s" -c "$1" -t 60 -m POST -T application/json -H "Authorization: Bearer $TOKEN" \
    -D "$WORK/page.json" -o csv "$BASE/graphql" >"$3"
}

log "warm-up: 16 clients, 20 s"
load 16 20 "$WORK/warmup.csv"
await_idle "$SERVICE_PID"
for clients in 16 $CLIENTS; do
  log "pages at $clients clients for ${DURATION}s"
  full_gcs_before=$(grep -c 'Pause Full' "$OUT/gc.log" || true)
  load "$clients" "$DURATION" "$OUT/page-$clients.csv"
  echo "$clients $full_gcs_before $(grep -c 'Pause Full' "$OUT/gc.log" || true)" >>"$WORK/full-gcs"
  await_idle "$SERVICE_PID"
done

# The attacks, sent alone one after the other: the time from outside and the refusal's code.
bomb() {
  local q="query { ...F0 }" i
  for i in $(seq 0 19); do q="$q fragment F$i on Query { ...F$((i + 1)) ...F$((i + 1)) }"; done
  jq -n -c --arg q "$q fragment F20 on Query { me { id } }" '{query: $q}'
}
aliases() {
  local q="{" i
  for i in $(seq 0 99); do q="$q c$i: cases(first: 100) { edges { node { id } } }"; done
  jq -n -c --arg q "$q }" '{query: $q}'
}
bomb >"$WORK/attack-fragments.json"
aliases >"$WORK/attack-aliases.json"
for attack in fragments aliases; do
  log "attack: $attack, $ATTACKS times"
  for _ in $(seq "$ATTACKS"); do
    curl -s -o "$WORK/answer.json" -w '%{http_code} %{time_total}\n' "$BASE/graphql" -H "Authorization: Bearer $TOKEN" \
      -H 'Content-Type: application/json' -d @"$WORK/attack-$attack.json" >>"$OUT/attack-$attack.txt"
    jq -r '.errors[0].extensions.code // "ANSWERED"' "$WORK/answer.json" >>"$WORK/attack-$attack.codes"
  done
done

PEAK_KB=$(awk '/VmHWM/ {print $2}' "/proc/$SERVICE_PID/status")
# Where the memory is, when the JVM options turn on -XX:NativeMemoryTracking=summary.
case " $JVM_OPTS " in *NativeMemoryTracking*) jcmd "$SERVICE_PID" VM.native_memory summary >"$OUT/native-memory.txt" 2>&1 || true ;; esac
MAX_SAMPLED_KB=$(sort -n "$WORK/rss.samples" | tail -1)

python3 - "$OUT" "$WORK" "$PEAK_KB" "${MAX_SAMPLED_KB:-0}" 16 $CLIENTS <<'EOF' | tee "$OUT/results.md"
import csv, sys
out, work, peak_kb, sampled_kb = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
levels = [int(c) for c in sys.argv[5:]]

def pct(values, p):
    if not values:
        return float('nan')
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * len(values) + 0.5)) - 1)]

gcs = {}
for line in open(f"{work}/full-gcs"):
    c, before, after = line.split()
    gcs[int(c)] = int(after) - int(before)

print("| clients | requests | 200 | 503 | other | 200/s | p50 200 ms | p99 200 ms | max 200 ms | p99 503 ms | max 503 ms | full GCs |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|")
reference_p99 = None
for c in levels:
    ok, refused, other, last = [], [], 0, 0.0
    with open(f"{out}/page-{c}.csv") as f:
        for row in csv.DictReader(f):
            ms = float(row["response-time"]) * 1000
            last = max(last, float(row["offset"]) + float(row["response-time"]))
            status = row["status-code"]
            if status == "200":
                ok.append(ms)
            elif status == "503":
                refused.append(ms)
            else:
                other += 1
    if c == 16:
        reference_p99 = pct(ok, 99)
    print(f"| {c} | {len(ok) + len(refused) + other} | {len(ok)} | {len(refused)} | {other} | {len(ok) / last:.1f} | "
          f"{pct(ok, 50):.1f} | {pct(ok, 99):.1f} | {max(ok) if ok else float('nan'):.1f} | "
          f"{pct(refused, 99):.1f} | {max(refused) if refused else float('nan'):.1f} | {gcs.get(c, 0)} |")
print()
print(f"Admitted p99 against the 16-client p99 ({reference_p99:.1f} ms): see the table; a full GC count is the"
      " `Pause Full` lines of the GC log during that level.")
print()
print("| attack | sent | status codes | error codes | p50 ms | max ms |")
print("|---|---|---|---|---|---|")
for attack in ("fragments", "aliases"):
    times, statuses = [], {}
    for line in open(f"{out}/attack-{attack}.txt"):
        status, seconds = line.split()
        statuses[status] = statuses.get(status, 0) + 1
        times.append(float(seconds) * 1000)
    codes = {}
    for line in open(f"{work}/attack-{attack}.codes"):
        codes[line.strip()] = codes.get(line.strip(), 0) + 1
    print(f"| {attack} | {len(times)} | {statuses} | {codes} | {pct(times, 50):.1f} | {max(times):.1f} |")
print()
print(f"Peak RSS of the service (VmHWM): {peak_kb / 1024:.0f} MB (highest 1 s sample {sampled_kb / 1024:.0f} MB)")
EOF
log "results in $OUT"
