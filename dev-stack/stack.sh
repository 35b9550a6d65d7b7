#!/usr/bin/env bash
# dev-stack/stack.sh: run the whole platform locally, every server on 127.0.0.1.
#
#   stack.sh start [--sample-data] [--fresh] [--only LIST] [--foreground] [--timeout SECONDS] [--no-build]
#   stack.sh run   [same options]          # = start --foreground: stays in the foreground, Ctrl-C stops all
#   stack.sh stop  [--only LIST]           # stops everything (or LIST) started from this folder, by PID, in reverse order
#   stack.sh status                        # pid, port, health and RSS of every component
#   stack.sh logs <name> [-f]              # tail a component's log (keycloak, kafka, mongo, province, <svc>, gateway)
#
# LIST is comma-separated: component names, or the groups "infra" (keycloak,kafka,mongo,province), "services" (the five
# services), "apps" (services + gateway), "all" (default).
#
# Order: Keycloak (slowest, started first), Kafka, MongoDB-wire server, the WireMock province stub (plays the
# provincial platforms for supervision's push; mappings in dev-stack/province-stub), then the five services and the
# gateway.
# External infrastructure: MONGODB_URI set -> no MongoDB-wire server; KAFKA_BOOTSTRAP_SERVERS set -> no Kafka;
# OIDC_ISSUER_URI set -> no Keycloak; PROVINCE_EXCHANGE_URL set -> no province stub. The services then get those values.
#
# State lives in dev-stack/data/ (gitignored; DEV_STACK_DATA overrides): logs/, pids/, kafka/, mongo/, work/.
# Keycloak's H2 database stays in keycloak/target/keycloak/data/h2 and is wiped only when the realm file changes
# (or with --fresh). Exit code is non-zero, with the tail of the failing log, when something does not come up; in
# that case the components started by this invocation are stopped again (DEV_STACK_KEEP_ON_FAILURE=true keeps them).
set -euo pipefail

DEV="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
ROOT="$(cd "$DEV/.." && pwd -P)"
DATA="${DEV_STACK_DATA:-$DEV/data}"
LOGS="$DATA/logs"
PIDS="$DATA/pids"
KC_HOME="$ROOT/keycloak/target/keycloak"
# the dev/test realm: the production realm keycloak/realm/enforcement-realm.json + the dev overlay
# keycloak/realm-dev/enforcement-realm.dev-overlay.json (test users, password grant, test clients, dev secrets),
# merged by the keycloak module's build (RealmOverlay)
REALM_FILE="$ROOT/keycloak/target/realm-dev/enforcement-realm.json"
REALM_SOURCES=("$ROOT/keycloak/realm/enforcement-realm.json" "$ROOT/keycloak/realm-dev/enforcement-realm.dev-overlay.json")

# ---- ports (runtime contract; overridable for a second stack on the same machine) ----
KC_PORT="${KC_PORT:-8180}"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
MONGO_PORT="${MONGO_PORT:-27017}"
PROVINCE_PORT="${PROVINCE_PORT:-8086}"
GATEWAY_PORT="${GATEWAY_PORT:-8080}"
declare -A PORT=(
  [keycloak]=$KC_PORT [kafka]=$KAFKA_PORT [mongo]=$MONGO_PORT [province]=$PROVINCE_PORT
  [catalog-service]="${CATALOG_PORT:-8081}" [personnel-service]="${PERSONNEL_PORT:-8082}"
  [benchmark-service]="${BENCHMARK_PORT:-8083}" [inspection-service]="${INSPECTION_PORT:-8084}"
  [supervision-service]="${SUPERVISION_PORT:-8085}" [gateway]=$GATEWAY_PORT
)
# the actuator (health, Prometheus) of every JVM listens on its own port, SERVER_PORT + 1000 (MANAGEMENT_SERVER_PORT):
# nothing routed to the gateway's port reaches it
MGMT_OFFSET="${MANAGEMENT_PORT_OFFSET:-1000}"
mgmt_port() { echo $(( ${PORT[$1]} + MGMT_OFFSET )); }
INFRA=(keycloak kafka mongo province)
SERVICES=(catalog-service personnel-service benchmark-service inspection-service supervision-service)
ALL=("${INFRA[@]}" "${SERVICES[@]}" gateway)

# ---- JVM options (every JVM gets an explicit -Xmx) ----
KC_HEAP="${KC_HEAP:--Xms64m -Xmx512m}"
KAFKA_JAVA_OPTS="${KAFKA_JAVA_OPTS:--Xms128m -Xmx512m -XX:+UseG1GC}"
# the MongoDB-wire server exits on OutOfMemoryError (its H2 store would otherwise stay open but closed: every
# command fails until a restart); 512 MB holds the system tests and sample data, perf scripts ask for more
MONGO_JAVA_OPTS="${MONGO_JAVA_OPTS:--Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError}"
PROVINCE_JAVA_OPTS="${PROVINCE_JAVA_OPTS:--Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k}"
SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k}"
GATEWAY_JAVA_OPTS="${GATEWAY_JAVA_OPTS:--Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k}"
# the java binary of the services and of the gateway (default: java on the PATH), e.g.
# GATEWAY_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
SERVICE_JAVA="${SERVICE_JAVA:-java}"
GATEWAY_JAVA="${GATEWAY_JAVA:-java}"
STOP_TIMEOUT="${DEV_STACK_STOP_TIMEOUT:-30}"

# ---- contract environment handed to services and gateway ----
EXTERNAL_MONGO=false; EXTERNAL_KAFKA=false; EXTERNAL_KEYCLOAK=false; EXTERNAL_PROVINCE=false
[[ -n "${PROVINCE_EXCHANGE_URL:-}" ]] && EXTERNAL_PROVINCE=true
[[ -n "${MONGODB_URI:-}" ]] && EXTERNAL_MONGO=true
[[ -n "${KAFKA_BOOTSTRAP_SERVERS:-}" ]] && EXTERNAL_KAFKA=true
[[ -n "${OIDC_ISSUER_URI:-}" ]] && EXTERNAL_KEYCLOAK=true
export MONGODB_URI="${MONGODB_URI:-mongodb://127.0.0.1:$MONGO_PORT}"
export KAFKA_BOOTSTRAP_SERVERS="${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:$KAFKA_PORT}"
export OIDC_ISSUER_URI="${OIDC_ISSUER_URI:-http://localhost:$KC_PORT/realms/enforcement}"
export OIDC_JWK_SET_URI="${OIDC_JWK_SET_URI:-$OIDC_ISSUER_URI/protocol/openid-connect/certs}"
# a client the system tests create and then disable: its tokens must be refused by the gateway and every service
export OIDC_DISABLED_CLIENTS="${OIDC_DISABLED_CLIENTS:-disabled-probe}"
export CORS_ALLOWED_ORIGINS="${CORS_ALLOWED_ORIGINS:-http://localhost:5173}"
# the provincial push of supervision-service: the WireMock province stub, a stub client secret (dev stack only)
export PROVINCE_EXCHANGE_URL="${PROVINCE_EXCHANGE_URL:-http://127.0.0.1:$PROVINCE_PORT/exchange/api/v1/records}"
export PROVINCE_SUPERVISION_URL="${PROVINCE_SUPERVISION_URL:-http://127.0.0.1:$PROVINCE_PORT/supervision/api/v1/records}"
export PROVINCE_TOKEN_URI="${PROVINCE_TOKEN_URI:-http://127.0.0.1:$PROVINCE_PORT/oauth2/token}"
export PROVINCE_CLIENT_ID="${PROVINCE_CLIENT_ID:-lyg-enforcement}"
export PROVINCE_CLIENT_SECRET="${PROVINCE_CLIENT_SECRET:-dev-only-province-stub-secret}"

# ---- output helpers ----
if [[ -t 1 ]]; then B=$'\e[1m'; R=$'\e[31m'; G=$'\e[32m'; Y=$'\e[33m'; N=$'\e[0m'; else B=; R=; G=; Y=; N=; fi
log()  { printf '%s[stack]%s %s\n' "$B" "$N" "$*"; }
warn() { printf '%s[stack] WARNING:%s %s\n' "$Y" "$N" "$*" >&2; }
die()  { printf '%s[stack] ERROR:%s %s\n' "$R" "$N" "$*" >&2; exit 1; }
now()  { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

usage() { sed -n '2,21p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

# ---- process bookkeeping ----
pidfile() { echo "$PIDS/$1.pid"; }
marker()  { echo "-Ddevstack.component=$1"; }

# the PID in the pid file, if that process is alive and is ours (its command line carries our marker, or it is
# Keycloak's kc.sh from this repository); guards against PID reuse
live_pid() {
  local f pid cmd
  f=$(pidfile "$1")
  [[ -f "$f" ]] || return 1
  pid=$(<"$f")
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  [[ -r /proc/$pid/cmdline ]] || return 1
  cmd=$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null) || return 1
  if [[ "$cmd" == *"$(marker "$1")"* || ( "$1" == keycloak && "$cmd" == *"$KC_HOME/bin/kc.sh"* ) ]]; then
    echo "$pid"; return 0
  fi
  return 1
}

# children of a PID (kc.sh -> java)
children() { cat /proc/"$1"/task/*/children 2>/dev/null | tr ' ' '\n' | grep -E '^[0-9]+$' || true; }

# the JVM of a component (for Keycloak the java child of kc.sh)
java_pid() {
  local pid c
  pid=$(live_pid "$1") || return 1
  if [[ "$1" == keycloak ]]; then
    for c in $(children "$pid"); do
      if tr '\0' ' ' < "/proc/$c/cmdline" 2>/dev/null | grep -q 'java'; then echo "$c"; return 0; fi
    done
    return 1
  fi
  echo "$pid"
}

rss_mib() {
  local kb
  kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null) || true
  [[ -n "$kb" ]] && awk -v k="$kb" 'BEGIN { printf "%.0f", k / 1024 }' || echo "?"
}

# user+sys CPU seconds of a process so far (less noisy than wall time on a busy 2-core machine)
cpu_s() {
  local f
  f=$(cat "/proc/$1/stat" 2>/dev/null) || { echo "?"; return 0; }
  f=${f##*) }   # drop "pid (comm) " (comm may contain spaces)
  awk -v s="$f" -v hz="$(getconf CLK_TCK)" 'BEGIN { split(s, a, " "); printf "%.1f", (a[12] + a[13]) / hz }'
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# who listens on a port (for error messages)
port_owner() { ss -ltnpH "sport = :$1" 2>/dev/null | sed -n 's/.*users:((\(.*\)))/\1/p' | head -1; }

http_code() { curl -s -o /dev/null -m 3 -w '%{http_code}' "$1" 2>/dev/null || true; }

# start a command in its own session, in the background; the pid file holds the PID of the command itself
# (bash writes its own PID, then exec's the command)
launch() {
  local name=$1 workdir=$2; shift 2
  mkdir -p "$workdir" "$LOGS" "$PIDS"
  {
    echo "===== $(date -Is) start: $*"
  } >> "$LOGS/$name.log"
  ( cd "$workdir" && exec setsid bash -c 'echo $$ > "$0"; exec "$@"' "$(pidfile "$name")" "$@" \
      >> "$LOGS/$name.log" 2>&1 < /dev/null ) &
  local i
  for i in $(seq 1 50); do [[ -s "$(pidfile "$name")" ]] && break; sleep 0.1; done
  STARTED+=("$name")
  START_AT[$name]=$(now)
}

# ---- build what is missing ----
jar_of() { case "$1" in gateway) echo "$ROOT/gateway/target/gateway.jar" ;; *) echo "$ROOT/$1/target/$1.jar" ;; esac; }

missing_modules() {
  local c mods=()
  for c in "${SELECTED[@]}"; do
    case "$c" in
      keycloak) [[ -x "$KC_HOME/bin/kc.sh" && -f "$KC_HOME/.kc-build-stamp" && -f "$REALM_FILE" \
                   && ! "${REALM_SOURCES[0]}" -nt "$REALM_FILE" && ! "${REALM_SOURCES[1]}" -nt "$REALM_FILE" ]] \
                  || mods+=(keycloak) ;;
      kafka) [[ -d "$DEV/target/kafka-lib" ]] && compgen -G "$DEV/target/kafka-lib/kafka_2.13-*.jar" > /dev/null \
               || mods+=(dev-stack) ;;
      mongo) [[ -f "$DEV/target/dev-stack.jar" ]] && compgen -G "$DEV/target/mongo-lib/mongo-java-server-h2-backend-*.jar" > /dev/null \
               || mods+=(dev-stack) ;;
      province) compgen -G "$DEV/target/province-lib/wiremock-standalone-*.jar" > /dev/null || mods+=(dev-stack) ;;
      *) [[ -f "$(jar_of "$c")" ]] || mods+=("$c") ;;
    esac
  done
  ((${#mods[@]})) && printf '%s\n' "${mods[@]}" | awk '!seen[$0]++' | paste -sd, - || true
}

build_missing() {
  local mods
  mods=$(missing_modules)
  [[ -z "$mods" ]] && return 0
  $NO_BUILD && die "not built: $mods (and --no-build given). Run: mvn -B -DskipTests -pl $mods -am package"
  command -v mvn > /dev/null || die "not built: $mods, and mvn is not on the PATH"
  log "building missing modules: $mods (mvn -B -DskipTests -pl $mods -am package; log: $LOGS/build.log)"
  mkdir -p "$LOGS"
  local t0; t0=$(now)
  if ! (cd "$ROOT" && mvn -B -ntp -DskipTests -pl "$mods" -am package) > "$LOGS/build.log" 2>&1; then
    tail -n 40 "$LOGS/build.log" >&2
    die "build failed (full log: $LOGS/build.log)"
  fi
  log "build done in $(elapsed "$t0") s"
  mods=$(missing_modules)
  [[ -z "$mods" ]] || die "still missing after the build: $mods"
}

# ---- component starters ----
check_port_free() {
  local name=$1 port=$2
  if port_open "$port"; then
    printf '%s[stack] ERROR:%s port %s (for %s) is already in use by another process: %s. Stop it, or run this stack on other ports (see README).\n' \
      "$R" "$N" "$port" "$name" "$(port_owner "$port")" >&2
    fail_and_exit
  fi
}

start_keycloak() {
  local h2="$KC_HOME/data/h2" stamp="$KC_HOME/data/h2.realm-sha256" sum
  mkdir -p "$KC_HOME/data/import"
  cp "$REALM_FILE" "$KC_HOME/data/import/enforcement-realm.json"
  sum=$(sha256sum "$REALM_FILE" | cut -d' ' -f1)
  if [[ -d "$h2" ]] && [[ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]]; then
    log "keycloak: realm file changed (or unknown DB origin): wiping $h2 so the realm is imported again"
    rm -rf "$h2"
  fi
  [[ -d "$h2" ]] && KC_FRESH=restart || KC_FRESH=fresh
  KC_REALM_SUM=$sum   # written to $stamp once Keycloak is ready (a half-imported DB is wiped next time)
  rm -f "$stamp"
  check_port_free keycloak "$KC_PORT"
  JAVA_OPTS_APPEND="${JAVA_OPTS_APPEND:-} $(marker keycloak)" KC_HEAP="$KC_HEAP" KC_PORT="$KC_PORT" \
    launch keycloak "$ROOT/keycloak" "$ROOT/keycloak/start-keycloak.sh"
  log "keycloak: starting on http://localhost:$KC_PORT ($KC_FRESH: $([[ $KC_FRESH == fresh ]] && echo 'new H2 DB + realm import' || echo 'H2 DB kept, import skipped'))"
}

kafka_cluster_id() {
  local f="$DATA/kafka/cluster.id" id
  if [[ ! -s "$f" ]]; then
    # a Kafka Uuid: 16 random bytes, base64url without padding, not starting with '-'
    while :; do
      id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
      [[ "$id" != -* ]] && break
    done
    echo "$id" > "$f"
  fi
  cat "$f"
}

start_kafka() {
  local dir="$DATA/kafka" cp="$DEV/target/kafka-lib/*"
  mkdir -p "$dir/kraft-logs" "$LOGS"
  check_port_free kafka "$KAFKA_PORT"
  check_port_free kafka-controller "$KAFKA_CONTROLLER_PORT"
  cat > "$dir/server.properties" <<EOF
# generated by dev-stack/stack.sh
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$dir/kraft-logs
num.partitions=1
auto.create.topics.enable=true
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
# the default 128 MiB dedupe buffer does not fit small heaps (STACK.md gotcha 10)
log.cleaner.dedupe.buffer.size=16777216
EOF
  # idempotent: formats a new data folder, leaves a formatted one alone
  if ! java -Xmx256m -XX:TieredStopAtLevel=1 -Dlog4j2.configurationFile="$DEV/conf/tools-log4j2.properties" -cp "$cp" \
       kafka.tools.StorageTool format -t "$(kafka_cluster_id)" -c "$dir/server.properties" --ignore-formatted \
       >> "$LOGS/kafka.log" 2>&1; then
    tail -n 30 "$LOGS/kafka.log" >&2
    die "kafka: storage format failed (log: $LOGS/kafka.log)"
  fi
  # shellcheck disable=SC2086
  launch kafka "$dir" java $KAFKA_JAVA_OPTS "$(marker kafka)" -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$DEV/conf/kafka-log4j2.properties" -cp "$cp" kafka.Kafka "$dir/server.properties"
  log "kafka: starting on 127.0.0.1:$KAFKA_PORT (controller $KAFKA_CONTROLLER_PORT)"
}

# WireMock standalone playing 江苏省公共数据共享交换平台 and 江苏省行政执法监督平台 (mappings: dev-stack/province-stub)
start_province() {
  check_port_free province "$PROVINCE_PORT"
  local jar
  jar=$(compgen -G "$DEV/target/province-lib/wiremock-standalone-*.jar" | head -1)
  mkdir -p "$DATA/province"
  # shellcheck disable=SC2086
  launch province "$DATA/province" java $PROVINCE_JAVA_OPTS "$(marker province)" -jar "$jar" \
    --bind-address 127.0.0.1 --port "$PROVINCE_PORT" --root-dir "$DEV/province-stub" --disable-banner \
    --max-request-journal-entries 10000
  log "province: starting WireMock province stub on 127.0.0.1:$PROVINCE_PORT"
}

start_mongo() {
  check_port_free mongo "$MONGO_PORT"
  # shellcheck disable=SC2086
  launch mongo "$DATA/mongo" java $MONGO_JAVA_OPTS "$(marker mongo)" \
    -Dlog4j2.configurationFile="$DEV/conf/mongo-log4j2.properties" \
    -cp "$DEV/target/dev-stack.jar:$DEV/target/mongo-lib/*" cn.gov.lyg.enforcement.devstack.MongoWireServer \
    --host 127.0.0.1 --port "$MONGO_PORT" --data "$DATA/mongo"
  log "mongo: starting MongoDB-wire server (mongo-java-server, H2 file) on 127.0.0.1:$MONGO_PORT"
}

start_app() {
  local name=$1 opts port=${PORT[$1]}
  check_port_free "$name" "$port"
  local java=$SERVICE_JAVA
  if [[ "$name" == gateway ]]; then opts=$GATEWAY_JAVA_OPTS; java=$GATEWAY_JAVA; else opts=$SERVICE_JAVA_OPTS; fi
  local ctx=${name%-service}
  # shellcheck disable=SC2086
  SERVER_PORT="$port" SERVER_ADDRESS=127.0.0.1 MONGODB_DATABASE="enforcement-$ctx" \
  MANAGEMENT_SERVER_PORT="$(mgmt_port "$name")" MANAGEMENT_SERVER_ADDRESS=127.0.0.1 \
  SPRING_OUTPUT_ANSI_ENABLED=never \
  SPRING_PROFILES_ACTIVE="${SPRING_PROFILES_ACTIVE:-dev}" \
  CATALOG_SERVICE_URL="${CATALOG_SERVICE_URL:-http://127.0.0.1:${PORT[catalog-service]}}" \
  PERSONNEL_SERVICE_URL="${PERSONNEL_SERVICE_URL:-http://127.0.0.1:${PORT[personnel-service]}}" \
  BENCHMARK_SERVICE_URL="${BENCHMARK_SERVICE_URL:-http://127.0.0.1:${PORT[benchmark-service]}}" \
  INSPECTION_SERVICE_URL="${INSPECTION_SERVICE_URL:-http://127.0.0.1:${PORT[inspection-service]}}" \
  SUPERVISION_SERVICE_URL="${SUPERVISION_SERVICE_URL:-http://127.0.0.1:${PORT[supervision-service]}}" \
    launch "$name" "$DATA/work/$name" "$java" $opts "$(marker "$name")" -jar "$(jar_of "$name")"
  log "$name: starting on 127.0.0.1:$port (actuator on 127.0.0.1:$(mgmt_port "$name"))"
}

# ---- readiness ----
ready_check() {
  case "$1" in
    keycloak) [[ "$(http_code "http://127.0.0.1:$KC_PORT/realms/enforcement/.well-known/openid-configuration")" == 200 ]] ;;
    kafka) port_open "$KAFKA_PORT" ;;
    mongo) port_open "$MONGO_PORT" ;;
    province) [[ "$(http_code "http://127.0.0.1:$PROVINCE_PORT/__admin/health")" == 200 ]] ;;
    gateway) [[ "$(http_code "http://127.0.0.1:$(mgmt_port gateway)/actuator/health")" == 200 ]] ;;
    *) [[ "$(http_code "http://127.0.0.1:$(mgmt_port "$1")/actuator/health/readiness")" == 200 ]] ;;
  esac
}

fail_component() {
  local name=$1 why=$2
  printf '%s[stack] ERROR:%s %s %s\n' "$R" "$N" "$name" "$why" >&2
  echo "----- last lines of $LOGS/$name.log (this run) -----" >&2
  # from the last "===== <date> start:" marker on, at most 60 lines
  awk '/^===== .* start: / { n = NR } { line[NR] = $0 } END { s = (n ? n : 1); if (NR - s > 59) s = NR - 59; for (i = s; i <= NR; i++) print line[i] }' \
    "$LOGS/$name.log" >&2 2>/dev/null || true
  echo "----- end of $name.log -----" >&2

}

# wait until every component in $@ is ready; fills READY_AFTER; returns 1 on the first death or at the deadline
wait_ready() {
  local deadline=$1; shift
  local pending=("$@") still c
  while ((${#pending[@]})); do
    still=()
    for c in "${pending[@]}"; do
      if ready_check "$c"; then
        READY_AFTER[$c]=$(elapsed "${START_AT[$c]:-$T0}")
        [[ "$c" == keycloak && -n "${KC_REALM_SUM:-}" ]] && echo "$KC_REALM_SUM" > "$KC_HOME/data/h2.realm-sha256"
        log "$c: ${G}ready${N} after ${READY_AFTER[$c]} s"
      elif ! live_pid "$c" > /dev/null; then
        fail_component "$c" "exited before it was ready"
        return 1
      else
        still+=("$c")
      fi
    done
    pending=("${still[@]+"${still[@]}"}")
    ((${#pending[@]})) || break
    if (( $(date +%s) >= deadline )); then
      for c in "${pending[@]}"; do fail_component "$c" "not ready within ${TIMEOUT} s"; done
      return 1
    fi
    sleep 1
  done
}

# ---- stop ----
stop_one() {
  local name=$1 pid kids=() k i
  pid=$(live_pid "$name") || { rm -f "$(pidfile "$name")"; return 0; }
  if [[ "$name" == keycloak ]]; then mapfile -t kids < <(children "$pid"); fi
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < STOP_TIMEOUT * 10; i++)); do
    local alive=false
    kill -0 "$pid" 2>/dev/null && alive=true
    for k in "${kids[@]+"${kids[@]}"}"; do kill -0 "$k" 2>/dev/null && alive=true; done
    $alive || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then warn "$name (pid $pid) did not stop in ${STOP_TIMEOUT} s: KILL"; kill -KILL "$pid" 2>/dev/null || true; fi
  for k in "${kids[@]+"${kids[@]}"}"; do
    if kill -0 "$k" 2>/dev/null; then warn "$name child $k still alive: KILL"; kill -KILL "$k" 2>/dev/null || true; fi
  done
  rm -f "$(pidfile "$name")"
  log "$name: stopped (pid $pid${kids:+, java ${kids[*]}})"
}

stop_list() {
  local i
  for ((i = ${#@}; i >= 1; i--)); do stop_one "${!i}"; done
}

cmd_stop() {
  local any=false c targets=("${ALL[@]}")
  if [[ "${1:-}" == --only ]]; then
    resolve_only "${2:?--only needs a list}"
    targets=("${SELECTED[@]}")
  elif [[ -n "${1:-}" ]]; then
    resolve_only "$1"
    targets=("${SELECTED[@]}")
  fi
  for c in "${targets[@]}"; do live_pid "$c" > /dev/null && any=true; done
  $any || { log "nothing running"; return 0; }
  stop_list "${targets[@]}"
}

# ---- status ----
cmd_status() {
  local c pid jp state health rss
  printf '%-20s %-8s %-7s %-10s %-9s %s\n' COMPONENT PID PORT STATE RSS_MiB HEALTH
  for c in "${ALL[@]}"; do
    case "$c" in
      keycloak) $EXTERNAL_KEYCLOAK && { printf '%-20s %-8s %-7s %-10s %-9s %s\n' "$c" - - external - "$OIDC_ISSUER_URI"; continue; } ;;
      kafka) $EXTERNAL_KAFKA && { printf '%-20s %-8s %-7s %-10s %-9s %s\n' "$c" - - external - "$KAFKA_BOOTSTRAP_SERVERS"; continue; } ;;
      mongo) $EXTERNAL_MONGO && { printf '%-20s %-8s %-7s %-10s %-9s %s\n' "$c" - - external - "(MONGODB_URI)"; continue; } ;;
      province) $EXTERNAL_PROVINCE && { printf '%-20s %-8s %-7s %-10s %-9s %s\n' "$c" - - external - "$PROVINCE_EXCHANGE_URL"; continue; } ;;
    esac
    if pid=$(live_pid "$c"); then
      state=running
      jp=$(java_pid "$c" || echo "$pid")
      rss=$(rss_mib "$jp")
      if ready_check "$c"; then health=UP; else health=DOWN; fi
    else
      pid=-; state=stopped; rss=-; health=-
      port_open "${PORT[$c]}" && health="port in use by: $(port_owner "${PORT[$c]}")"
    fi
    printf '%-20s %-8s %-7s %-10s %-9s %s\n' "$c" "$pid" "${PORT[$c]}" "$state" "$rss" "$health"
  done
}

cmd_logs() {
  local name=${1:-} follow=${2:-}
  [[ -n "$name" ]] || die "usage: stack.sh logs <name> [-f]   (names: ${ALL[*]} build)"
  [[ -f "$LOGS/$name.log" ]] || die "no log $LOGS/$name.log"
  if [[ "$follow" == -f ]]; then exec tail -n 100 -f "$LOGS/$name.log"; else tail -n 200 "$LOGS/$name.log"; fi
}

# ---- summary ----
print_users() {
  if command -v python3 > /dev/null; then
    python3 - "$REALM_FILE" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
for u in r["users"]:
    if "serviceAccountClientId" in u:
        continue
    roles = [x for x in u.get("realmRoles", []) if x != "default-roles-enforcement"]
    a = u.get("attributes", {})
    print(f"  {u['username']:<18} {u['username'] + '-pass':<23} {','.join(roles):<23} "
          f"{a.get('agencyCode',[''])[0]:<19} {a.get('regionCode',[''])[0]:<7} {u.get('lastName','')}{u.get('firstName','')}")
PY
  else
    grep -o '"username": "[a-z0-9-]*"' "$REALM_FILE" | grep -v service-account | cut -d'"' -f4 | sed 's/.*/  & (password &-pass)/'
  fi
}

print_summary() {
  local c jp total=0 r
  echo
  log "${G}stack ready${N} in $(elapsed "$T0") s"
  echo
  if [[ " ${SELECTED[*]} " == *" gateway "* ]] || live_pid gateway > /dev/null; then
    echo "  Gateway          http://localhost:$GATEWAY_PORT"
    echo "  Swagger UI       http://localhost:$GATEWAY_PORT/swagger-ui.html"
  fi
  local kc=false
  [[ " ${SELECTED[*]} " == *" keycloak "* ]] || live_pid keycloak > /dev/null && kc=true
  if $kc; then
    echo "  Keycloak admin   http://localhost:$KC_PORT/admin/  (${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}/${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}, master realm)"
  fi
  echo "  OIDC issuer      $OIDC_ISSUER_URI"
  echo "  Token (dev)      curl -s $OIDC_ISSUER_URI/protocol/openid-connect/token -d grant_type=password \\"
  echo "                     -d client_id=enforcement-gateway -d client_secret=gateway-dev-secret -d username=hz-officer -d password=hz-officer-pass"
  echo "  Kafka            $KAFKA_BOOTSTRAP_SERVERS"
  echo "  MongoDB          $MONGODB_URI"
  echo "  Data / logs      $DATA  (stack.sh logs <name>)"
  echo
  if $kc; then
    echo "  Test users (realm enforcement; password = <username>-pass):"
    printf '  %-18s %-23s %-23s %-19s %-7s %s\n' USER PASSWORD ROLES AGENCY_CODE REGION NAME
    print_users
    echo
  fi
  printf '  %-20s %-8s %-9s %-14s %s\n' COMPONENT PID RSS_MiB READY_AFTER_S CPU_S_SO_FAR
  for c in "${SELECTED[@]}"; do
    jp=$(java_pid "$c") || continue
    r=$(rss_mib "$jp")
    [[ "$r" =~ ^[0-9]+$ ]] && total=$((total + r))
    printf '  %-20s %-8s %-9s %-14s %s\n' "$c" "$jp" "$r" "${READY_AFTER[$c]:-already running}" "$(cpu_s "$jp")"
  done
  printf '  %-20s %-8s %-9s\n' total "" "$total"

  echo
}

# ---- sample data ----
load_sample_data() {
  command -v python3 > /dev/null || die "--sample-data needs python3"
  log "sample data: loading dev-stack/sample-data/catalog-items.json through the gateway"
  DEV_STACK_GATEWAY="http://127.0.0.1:$GATEWAY_PORT" \
  DEV_STACK_TOKEN_URL="$OIDC_ISSUER_URI/protocol/openid-connect/token" \
  DEV_STACK_CLIENT_SECRET="${KC_GATEWAY_CLIENT_SECRET:-gateway-dev-secret}" \
    python3 "$DEV/sample-data/load_catalog.py" "$DEV/sample-data/catalog-items.json"
}

# ---- start ----
resolve_only() {
  local item out=()
  IFS=',' read -ra items <<< "$1"
  for item in "${items[@]}"; do
    case "$item" in
      all) out+=("${ALL[@]}") ;;
      infra) out+=("${INFRA[@]}") ;;
      services) out+=("${SERVICES[@]}") ;;
      apps) out+=("${SERVICES[@]}" gateway) ;;
      *) [[ -n "${PORT[$item]+x}" ]] || die "unknown component '$item' (known: ${ALL[*]}, infra, services, apps, all)"
         out+=("$item") ;;
    esac
  done
  # keep the canonical order
  SELECTED=()
  local c o
  for c in "${ALL[@]}"; do for o in "${out[@]}"; do [[ "$c" == "$o" ]] && { SELECTED+=("$c"); break; }; done; done
  return 0
}

on_signal() {
  trap - INT TERM
  echo
  log "signal received: stopping"
  if $FOREGROUND; then stop_list "${SELECTED[@]}"; else stop_list "${STARTED[@]+"${STARTED[@]}"}"; fi
  exit 130
}

cmd_start() {
  local sample=false fresh=false only=all
  FOREGROUND=false; NO_BUILD=false; TIMEOUT="${DEV_STACK_TIMEOUT:-480}"
  while (($#)); do
    case "$1" in
      --sample-data) sample=true ;;
      --fresh) fresh=true ;;
      --only) only=${2:?--only needs a list}; shift ;;
      --only=*) only=${1#--only=} ;;
      --foreground|-f) FOREGROUND=true ;;
      --timeout) TIMEOUT=${2:?--timeout needs seconds}; shift ;;
      --timeout=*) TIMEOUT=${1#--timeout=} ;;
      --no-build) NO_BUILD=true ;;
      -h|--help) usage; exit 0 ;;
      *) die "unknown option '$1' (stack.sh --help)" ;;
    esac
    shift
  done
  resolve_only "$only"
  # external infrastructure is not started
  local sel=() c
  for c in "${SELECTED[@]}"; do
    case "$c" in
      keycloak) $EXTERNAL_KEYCLOAK && { log "keycloak: not started, OIDC_ISSUER_URI=$OIDC_ISSUER_URI"; continue; } ;;
      kafka) $EXTERNAL_KAFKA && { log "kafka: not started, KAFKA_BOOTSTRAP_SERVERS=$KAFKA_BOOTSTRAP_SERVERS"; continue; } ;;
      mongo) $EXTERNAL_MONGO && { log "mongo: not started, MONGODB_URI is set"; continue; } ;;
      province) $EXTERNAL_PROVINCE && { log "province: not started, PROVINCE_EXCHANGE_URL=$PROVINCE_EXCHANGE_URL"; continue; } ;;
    esac
    sel+=("$c")
  done
  SELECTED=("${sel[@]+"${sel[@]}"}")
  if ((${#SELECTED[@]} == 0)); then log "nothing to start (everything selected is external)"; return 0; fi

  if $fresh; then
    for c in "${ALL[@]}"; do
      live_pid "$c" > /dev/null && die "--fresh: $c is running; run 'stack.sh stop' first"
    done
    log "--fresh: wiping $DATA and Keycloak's H2 database"
    rm -rf "$DATA" "$KC_HOME/data/h2" "$KC_HOME/data/h2.realm-sha256"
  fi
  mkdir -p "$DATA" "$LOGS" "$PIDS" "$DATA/mongo" "$DATA/kafka" "$DATA/work"

  T0=$(now)
  STARTED=(); declare -gA START_AT=() READY_AFTER=()
  trap on_signal INT TERM
  build_missing
  T0=$(now)   # time to ready is measured from here (after any build)

  local wait_infra=() wait_apps=() already=()
  for c in "${SELECTED[@]}"; do
    if live_pid "$c" > /dev/null; then already+=("$c"); fi
  done
  ((${#already[@]})) && log "already running (kept): ${already[*]}"

  for c in "${SELECTED[@]}"; do
    live_pid "$c" > /dev/null && { [[ " ${INFRA[*]} " == *" $c "* ]] && wait_infra+=("$c") || wait_apps+=("$c"); continue; }
    case "$c" in
      keycloak) start_keycloak; wait_infra+=(keycloak) ;;
      kafka) start_kafka; wait_infra+=(kafka) ;;
      mongo) start_mongo; wait_infra+=(mongo) ;;
      province) start_province; wait_infra+=(province) ;;
    esac
  done
  local deadline=$(( $(date +%s) + TIMEOUT ))
  # the services need Kafka and Mongo at startup; Keycloak is resolved lazily, so do not wait for it here
  local quick=()
  for c in "${wait_infra[@]+"${wait_infra[@]}"}"; do [[ "$c" != keycloak ]] && quick+=("$c"); done
  if ((${#quick[@]})) && ! wait_ready "$deadline" "${quick[@]}"; then fail_and_exit; fi

  for c in "${SELECTED[@]}"; do
    [[ " ${INFRA[*]} " == *" $c "* ]] && continue
    live_pid "$c" > /dev/null && continue
    start_app "$c"; wait_apps+=("$c")
  done
  local rest=()
  for c in "${wait_infra[@]+"${wait_infra[@]}"}"; do [[ "$c" == keycloak ]] && rest+=("$c"); done
  rest+=("${wait_apps[@]+"${wait_apps[@]}"}")
  if ((${#rest[@]})) && ! wait_ready "$deadline" "${rest[@]}"; then fail_and_exit; fi

  if $sample; then
    if ! load_sample_data; then
      fail_and_exit
    fi
  fi
  print_summary

  if $FOREGROUND; then
    log "running in the foreground: Ctrl-C stops everything"
    local died=()
    while :; do
      for c in "${SELECTED[@]}"; do
        if ! live_pid "$c" > /dev/null && [[ " ${died[*]-} " != *" $c "* ]]; then
          warn "$c exited (log: $LOGS/$c.log)"; died+=("$c")
        fi
      done
      sleep 2 & wait $! || true
    done
  fi
  trap - INT TERM
}

fail_and_exit() {
  trap - INT TERM
  if [[ "${DEV_STACK_KEEP_ON_FAILURE:-false}" == true ]]; then
    warn "DEV_STACK_KEEP_ON_FAILURE=true: leaving the started components running (stack.sh stop)"
  else
    log "stopping what this run started: ${STARTED[*]-none}"
    stop_list "${STARTED[@]+"${STARTED[@]}"}"
  fi
  exit 1
}

main() {
  local cmd=${1:-}
  shift || true
  case "$cmd" in
    start) cmd_start "$@" ;;
    run) cmd_start --foreground "$@" ;;
    stop) cmd_stop "$@" ;;
    status) cmd_status ;;
    logs) cmd_logs "$@" ;;
    -h|--help|help|"") usage ;;
    *) usage; exit 2 ;;
  esac
}

main "$@"
