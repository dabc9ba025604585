# Shell shared by the bench scripts (run.sh, peer.sh); sourced, not run. It builds the packaged
# service when stale, copies the data folder, starts the data folder's PostgreSQL and a Keycloak
# apart (HoldInfrastructure.java), starts and stops the service, gets tokens and reads CPU time.
# The caller sets BENCH_DIR, ROOT and APP first, and calls bench_cleanup from its EXIT trap.

# The service's JVM options under load (bench/README.md, "The service's JVM").
DEFAULT_JVM_OPTS="-Xms112m -Xmx112m -Xmn56m -XX:SurvivorRatio=4 -XX:MetaspaceSize=96m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000"

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# wrk when missing (Debian package), then the tools that must be there already.
need_tools() {
  if ! command -v wrk >/dev/null; then
    log "installing wrk (Debian package)"
    if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >/dev/null; else sudo apt-get install -y wrk >/dev/null; fi
  fi
  local tool
  for tool in curl jq psql java unzip "$@"; do
    command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install $tool)" >&2; exit 2; }
  done
}

# INSAF_CACHE_DIR (optional) goes to the build as -Dinsaf.cache.dir: where the embedded Keycloak is
# unpacked, so that builds running side by side on one machine do not share it.
maven_build() {
  local cache=()
  [ -n "${INSAF_CACHE_DIR:-}" ] && cache=(-Dinsaf.cache.dir="$INSAF_CACHE_DIR")
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests "${cache[@]}")
}

# Builds the packaged service when the jar is missing or older than the sources or a pom.
build_if_stale() {
  if [ ! -f "$APP/quarkus-run.jar" ] || [ -n "$(find "$ROOT" -path '*/src/main/*' -newer "$APP/quarkus-run.jar" -print -quit)" ] \
      || [ -n "$(find "$ROOT" -maxdepth 2 -name pom.xml -newer "$APP/quarkus-run.jar" -print -quit)" ]; then
    log "building the packaged service"
    maven_build
  fi
}

# DATA must be a data folder of the service that no PostgreSQL is running on.
check_data_folder() {
  [ -d "$DATA/postgres" ] || { echo "$DATA/postgres is not a data folder of the service" >&2; exit 2; }
  if [ -f "$DATA/postgres/postmaster.pid" ] && kill -0 "$(head -1 "$DATA/postgres/postmaster.pid")" 2>/dev/null; then
    echo "A PostgreSQL is running on $DATA/postgres: stop the service using it first" >&2; exit 2
  fi
}

# OUT: bench/results/<time>-$1 for the results; WORK: a fresh temporary folder; RUN_DATA: a copy of
# DATA in it, or DATA itself when IN_PLACE=1.
prepare_work() {
  STAMP=$(date -u +%Y%m%dT%H%M%SZ)
  OUT="$BENCH_DIR/results/$STAMP-$1"
  mkdir -p "$OUT"
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/insaf-bench.XXXXXX")
  if [ "${IN_PLACE:-0}" = 1 ]; then
    RUN_DATA="$DATA"
  else
    log "copying $DATA ($(du -sh "$DATA" | cut -f1))"
    cp -a "$DATA" "$WORK/data"
    RUN_DATA="$WORK/data"
  fi
}

# Keycloak wipes its data/ folder on every start: the bench keeps a copy of its own (KC_HOME), so that
# a test run elsewhere on the machine, which starts Keycloak from the shared unpack, cannot pull it away.
prepare_keycloak() {
  local shared
  shared=$(unzip -p "$APP/app/"*.jar insaf-embedded.properties | sed -n 's/^keycloak.home=//p')
  CACHE_DIR=$(unzip -p "$APP/app/"*.jar insaf-embedded.properties | sed -n 's/^cache.dir=//p')
  KC_HOME="$CACHE_DIR/bench-$(basename "$shared")"
  if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
    [ -x "$shared/bin/kc.sh" ] || maven_build
    log "copying Keycloak to $KC_HOME"
    rm -rf "$KC_HOME.tmp" && cp -a "$shared" "$KC_HOME.tmp" && mv "$KC_HOME.tmp" "$KC_HOME"
  fi
}

SERVICE_PID="" HOLDER_PID=""
# Stops what common.sh started; keeps the data folder's copy when KEEP=1 or IN_PLACE=1.
bench_cleanup() {
  [ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null
  [ -n "$HOLDER_PID" ] && kill "$HOLDER_PID" 2>/dev/null && wait "$HOLDER_PID" 2>/dev/null
  [ -n "${WORK:-}" ] || return 0
  if [ "${KEEP:-0}" = 1 ] || [ "${IN_PLACE:-0}" = 1 ]; then log "data kept in $RUN_DATA"; else rm -rf "$WORK"; fi
}

free_port() {
  local port
  while :; do
    port=$(( 20000 + RANDOM % 20000 ))
    (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo $port; return; }
  done
}

# Starts the packaged service in the background (SERVICE_PID) on PORT; extra arguments are JVM
# options. The packaged service runs from its own folder, as it is deployed: there the AppCDS archive
# the build made (app-cds.jsa, whose class path is relative to that folder) applies. APPCDS=0 leaves
# it out.
start_service() {
  local logfile=$1; shift
  local cds=()
  if [ "${APPCDS:-1}" = 1 ] && [ -f "$APP/app-cds.jsa" ]; then cds=(-XX:SharedArchiveFile=app-cds.jsa); fi
  # The bench sends its own query variants (queries/, lua/), not the frontends' registered
  # operations, so trusted documents (on in production) are off here.
  # shellcheck disable=SC2086
  (cd "$APP" && MALLOC_ARENA_MAX=2 exec java $JVM_OPTS "${cds[@]}" "$@" -Dquarkus.http.port="$PORT" \
    -Dinsaf.graphql.trusted-documents=false -Dinsaf.data-dir="$RUN_DATA" -Dinsaf.keycloak.home="$KC_HOME" -jar quarkus-run.jar) >"$logfile" 2>&1 &
  SERVICE_PID=$!
}

# Waits for the first 200 of BASE/q/health/ready; prints the milliseconds since $1.
await_ready() {
  local since=$1 limit=$2
  while ! curl -sf -o /dev/null "$BASE/q/health/ready"; do
    kill -0 "$SERVICE_PID" 2>/dev/null || { echo "the service exited; see its log" >&2; return 1; }
    [ $(( $(now_ms) - since )) -lt $(( limit * 1000 )) ] || { echo "not ready within $limit s" >&2; return 1; }
    sleep 0.02
  done
  echo $(( $(now_ms) - since ))
}

stop_service() {
  kill "$SERVICE_PID" && wait "$SERVICE_PID" 2>/dev/null || true
  SERVICE_PID=""
}

# The data folder's PostgreSQL (with pg_stat_statements) and a Keycloak, held by HoldInfrastructure.java
# until bench_cleanup (HOLDER_PID). Sets what it writes (PG_PORT, JDBC_URL, OIDC_URL, TOKEN_URL,
# PG_START_MS, KC_START_MS), EXTERNAL (the service's options to use them), libpq's PG* variables for
# the superuser, and defines sql.
start_infrastructure() {
  local logfile=$1
  log "starting PostgreSQL (with pg_stat_statements) and Keycloak"
  java -cp "$APP/lib/main/*:$APP/app/*" "$BENCH_DIR/HoldInfrastructure.java" \
    "$RUN_DATA" "$WORK/infra.env" "$KC_HOME" "$CACHE_DIR/embedded-postgres" >"$logfile" 2>&1 &
  HOLDER_PID=$!
  for _ in $(seq 600); do
    [ -f "$WORK/infra.env" ] && break
    kill -0 "$HOLDER_PID" 2>/dev/null || { cat "$logfile" >&2; exit 1; }
    sleep 0.5
  done
  [ -f "$WORK/infra.env" ] || { echo "PostgreSQL and Keycloak did not start within 300 s" >&2; exit 1; }
  # shellcheck disable=SC1091
  . "$WORK/infra.env"
  # The data folder's roles (README, "Run the service"): the service as insaf_app, Flyway as insaf_owner.
  EXTERNAL=(-Dquarkus.datasource.jdbc.url="$JDBC_URL" -Dquarkus.datasource.username=insaf_app
    -Dquarkus.datasource.password="$(password_of app)" -Dquarkus.flyway.username=insaf_owner
    -Dquarkus.flyway.password="$(password_of owner)" -Dquarkus.oidc.auth-server-url="$OIDC_URL"
    -Dquarkus.oidc.credentials.secret=insaf-api-dev-secret-not-for-production)
  export PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=postgres PGPASSWORD="$(password_of superuser)" PGDATABASE=postgres
  sql "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null
}
password_of() { sed -n "s/^$1=//p" "$RUN_DATA/database-passwords"; }
sql() { psql -X -q -A -t -v ON_ERROR_STOP=1 -F $'\t' -c "$1"; }

token() {
  curl -sf -d grant_type=password -d client_id=insaf-api -d client_secret=insaf-api-dev-secret-not-for-production \
    -d username="$1" -d password="$1-dev-password" "$TOKEN_URL" | jq -r .access_token
}
case_query() { # query file, fields file: the query with the fields put in
  sed -e "/#FIELDS#/{r $BENCH_DIR/queries/$2.graphql" -e 'd}' "$BENCH_DIR/queries/$1.graphql"
}

# Case detail: a fixed sample (by a hash of the id) of cases that have reached a charge sheet; prints ids.
detail_ids() {
  local ids
  ids=$(sql "SELECT id FROM case_file WHERE status IN ('CHARGE_SHEET_FILED','ON_TRIAL','DECIDED','CLOSED')
             ORDER BY md5(id::text) LIMIT ${1:-1000}")
  [ -n "$ids" ] || ids=$(sql "SELECT id FROM case_file ORDER BY md5(id::text) LIMIT ${1:-1000}")
  echo "$ids"
}

# Cases page: filtered on the most frequent status (PAGE_STATUS, PAGE_ROWS), the first page and pages
# deep in the list. Prints, for nine places spread over that list, "position<TAB>registeredOn|id" of
# the row before the page: the API's cursor there is base64url of the second field.
page_places() {
  PAGE_STATUS=$(sql "SELECT status FROM case_file GROUP BY status ORDER BY count(*) DESC, status LIMIT 1")
  PAGE_ROWS=$(sql "SELECT count(*) FROM case_file WHERE status = '$PAGE_STATUS'")
  sql "SELECT n, registered_on || '|' || id FROM (SELECT registered_on, id, row_number() OVER (ORDER BY registered_on DESC, id DESC) AS n
       FROM case_file WHERE status = '$PAGE_STATUS') r WHERE n IN (SELECT 1 + (g * GREATEST($PAGE_ROWS - 101, 0)) / 9 FROM generate_series(1, 9) g)
       ORDER BY n"
}
to_cursor() { printf '%s' "$1" | base64 -w0 | tr '+/' '-_' | tr -d '='; }

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# The postmaster and its backends. A backend that ended (a client that disconnected) counts through
# the postmaster, which waited for it: its cutime and cstime. One that the postmaster waits for
# between the listing and the reading would count nowhere: then it is read again.
pg_cpu_ticks() {
  local postmaster pid ticks own reaped again total
  postmaster=$(head -1 "$RUN_DATA/postgres/postmaster.pid")
  for _ in $(seq 20); do
    read -r own reaped < <(awk '{print $14 + $15, $16 + $17}' "/proc/$postmaster/stat")
    total=$(( own + reaped ))
    for pid in $(ps -o pid= --ppid "$postmaster"); do
      ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || true)
      total=$(( total + ${ticks:-0} ))
    done
    again=$(awk '{print $16 + $17}' "/proc/$postmaster/stat")
    [ "$again" = "$reaped" ] && break
  done
  echo $total
}

# After a run, requests a client gave up on may still be in a server: waits until process $1 is idle
# (under 5 % of a core over a second), so that they do not weigh on the next measurement.
await_idle() {
  local a b
  for _ in $(seq 180); do
    a=$(cpu_ticks "$1"); sleep 1; b=$(cpu_ticks "$1")
    [ $(( b - a )) -le $(( $(getconf CLK_TCK) / 20 )) ] && return
  done
  log "process $1 did not become idle within 180 s"
}

# For the reports.
describe_commit() {
  echo "$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- . ':!bench/results' || echo ' (with local changes)')"
}
describe_machine() {
  echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); $(java -version 2>&1 | head -1)"
}

# One line of wrk's RESULT (lua/common.lua): the value of a field.
field() { sed -n "s/.*[ ]$1=\([0-9.]*\).*/\1/p" <<<"$2"; }

# RUN_DATA: a new data folder of the service (roles, schema, keys) with $1 cases from the data
# generator (built when missing), made without Keycloak; the generator's log goes to $2.
generate_data_folder() {
  local cases=$1 logfile=$2 generator="$ROOT/tools/generator/target/quarkus-app"
  [ -f "$generator/quarkus-run.jar" ] || maven_build
  log "generating $cases cases into a new data folder"
  (cd "$generator" && java -Xmx512m -Dinsaf.data-dir="$RUN_DATA" -jar quarkus-run.jar --cases "$cases" --seed 20) \
    >"$logfile" 2>&1 || { tail -20 "$logfile" >&2; exit 1; }
}
