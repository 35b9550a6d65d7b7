#!/usr/bin/env bash
# Paired A/B benchmark of gateway variants. Every variant runs as its own gateway JVM on its own port
# (8090, 8091, ...) in front of the same catalog-service, all at the same time, so every variant is equally warm and
# the machine's drift (other VMs, the service warming up, GC of the service) hits all of them alike. After a warm-up
# (2 x --warmup seconds per variant, alternating), --rounds rounds run every variant for --duration seconds, in the
# order A B C ... then ... C B A (so no variant always follows the same one). Prints one line per run and a summary:
# per variant the median req/s, p99 and CPU time per request of the gateway and of the service, and the median of the
# per-round throughput ratios to the first variant. Only the gateway path is measured; for the gateway/direct ratio
# use gateway-overhead.sh.
#
#   perf/gateway-ab.sh [--no-start] [--no-vanilla] [--rounds 6] [--duration 15] [--warmup 60] [--connections 32]
#                            [--rate R] VARIANT...
# With --rate R the measured rounds are paced at R requests/s (perf/lib/paced.lua), to compare latency at a
# given load rather than throughput (the warm-up still runs as fast as it can).
#
# VARIANT is "label|java options|environment|java binary|jar": everything but the label may be empty. The environment
# is space-separated NAME=value pairs on top of the gateway's runtime contract (docs/runtime-contract.md); the java
# binary defaults to java on the PATH, the jar to gateway/target/gateway.jar (copy a jar aside to compare builds).
# Without variants: "default" against "one-loop" (-Dreactor.netty.ioWorkerCount=1).
# Every run also measures "scg-vanilla" (unless --no-vanilla): an out-of-the-box Spring Cloud Gateway with the same
# routes and JWT check and no tuning (perf/scg-vanilla, packaged on demand), in the same rounds; the summary prints
# each variant's gateway CPU per proxied request as a ratio to it (gw_vs_scg: below 1 = cheaper than stock SCG).
#   perf/gateway-ab.sh "jdk17||" "jdk25|||/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"
#   perf/gateway-ab.sh "flush||" "noflush||ENFORCEMENT_GATEWAY_NETTY_FLUSHCONSOLIDATION=false"
#
# Starts Keycloak, Kafka, the MongoDB-wire server and catalog-service with C2 JIT options (unless --no-start; then a
# running stack's Keycloak and catalog-service are used and left running). Every gateway has the per-client rate
# limit off and -Xms384m -Xmx384m -XX:+UseSerialGC before the variant's options. wrk shares the two cores with every
# JVM, so run it on an otherwise idle machine; the CPU time per request (from /proc) is the steadier figure.
set -euo pipefail
cd "$(dirname "$0")/.."

START=true ROUNDS=6 DURATION=15 WARMUP=60 CONNECTIONS=32 RATE=0 VANILLA=true
VARIANTS=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-start) START=false ;;
    --no-vanilla) VANILLA=false ;;
    --rounds) ROUNDS=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --rate) RATE=$2; shift ;;
    --*) echo "unknown option $1" >&2; exit 2 ;;
    *) VARIANTS+=("$1") ;;
  esac
  shift
done
[[ ${#VARIANTS[@]} -gt 0 ]] || VARIANTS=("default||" "one-loop|-Dreactor.netty.ioWorkerCount=1|")
VANILLA_JAR=perf/scg-vanilla/target/scg-vanilla.jar
if [[ $VANILLA == true ]]; then
  if [[ ! -f $VANILLA_JAR ]]; then
    echo "packaging $VANILLA_JAR"
    mvn -q -o -f perf/scg-vanilla/pom.xml package -DskipTests || mvn -q -f perf/scg-vanilla/pom.xml package -DskipTests
  fi
  VARIANTS+=("scg-vanilla||||$VANILLA_JAR")
fi

KEYCLOAK=${KEYCLOAK_URL:-http://127.0.0.1:8180}
CATALOG=${CATALOG_SERVICE_URL:-http://127.0.0.1:8081}
ISSUER=${OIDC_ISSUER_URI:-http://localhost:8180/realms/enforcement}
PATH_UNDER_TEST=/api/catalog/v1/dictionaries
LOGS=${DEV_STACK_DATA:-dev-stack/data}/logs
mkdir -p "$LOGS"

declare -a PIDS_STARTED=()
cleanup() {
  for p in "${PIDS_STARTED[@]}"; do kill "$p" 2> /dev/null || true; done
  if [[ $START == true ]]; then dev-stack/stack.sh stop > /dev/null 2>&1 || true; fi
}
trap cleanup EXIT

if [[ $START == true ]]; then
  SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:--Xms256m -Xmx256m -XX:+UseSerialGC}" \
    dev-stack/stack.sh start --only infra,catalog-service
fi
SVC_PID=$(cat "${DEV_STACK_DATA:-dev-stack/data}/pids/catalog-service.pid")

# shellcheck source=lib/common.sh
source perf/lib/common.sh
ensure_wrk
token() { user_token hz-officer; }
ticks() { pid_ticks "$1"; }

declare -A PID PORT
LABELS=()
port=8090
for v in "${VARIANTS[@]}"; do
  IFS='|' read -r label opts envs javab jar <<< "$v"
  [[ -n "$label" && -z "${PORT[$label]:-}" ]] || { echo "variant labels must be unique and not empty: '$v'" >&2; exit 2; }
  # shellcheck disable=SC2086 # options and environment are word lists on purpose
  env -i PATH="$PATH" HOME="$HOME" SERVER_ADDRESS=127.0.0.1 SERVER_PORT=$port SPRING_OUTPUT_ANSI_ENABLED=never \
    OIDC_ISSUER_URI="$ISSUER" OIDC_JWK_SET_URI="${OIDC_JWK_SET_URI:-$ISSUER/protocol/openid-connect/certs}" \
    CATALOG_SERVICE_URL="$CATALOG" ENFORCEMENT_GATEWAY_RATELIMIT_ENABLED=false $envs \
    "${javab:-java}" -Xms384m -Xmx384m -XX:+UseSerialGC $opts -Ddevstack.component=gateway-ab-$label \
    -jar "${jar:-gateway/target/gateway.jar}" > "$LOGS/gateway-ab-$label.log" 2>&1 &
  PID[$label]=$! PORT[$label]=$port
  PIDS_STARTED+=("$!")
  LABELS+=("$label")
  port=$((port + 1))
done
for l in "${LABELS[@]}"; do
  for _ in $(seq 1 180); do
    curl -sf -o /dev/null "http://127.0.0.1:${PORT[$l]}/actuator/health" && break
    kill -0 "${PID[$l]}" 2> /dev/null || { echo "gateway $l died, see $LOGS/gateway-ab-$l.log" >&2; exit 1; }
    sleep 1
  done
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(token)" "http://127.0.0.1:${PORT[$l]}$PATH_UNDER_TEST")
  [[ "$code" == 200 ]] || { echo "gateway $l answered $code, see $LOGS/gateway-ab-$l.log" >&2; exit 1; }
done

# one wrk run through a variant (paced at $3 req/s unless 0); prints "rps p99_ms gw_us_per_request svc_us_per_request
# non2xx"
run() {
  local l=$1 seconds=$2 rate=${3:-0} g0 s0 g1 s1 out
  local tok
  tok=$(token) # a fresh token per run: Keycloak's access tokens live 5 minutes
  g0=$(ticks "${PID[$l]}"); s0=$(ticks "$SVC_PID")
  out=$(PACED_RATE=$rate PACED_THREADS=2 wrk -t2 -c"$CONNECTIONS" -d"${seconds}s" --latency \
    -s perf/lib/paced.lua -H "Authorization: Bearer $tok" "http://127.0.0.1:${PORT[$l]}$PATH_UNDER_TEST")
  g1=$(ticks "${PID[$l]}"); s1=$(ticks "$SVC_PID")
  python3 - "$out" "$g0" "$g1" "$s0" "$s1" "$(getconf CLK_TCK)" <<'PY'
import re, sys
text = sys.argv[1]
g0, g1, s0, s1, hz = (float(x) for x in sys.argv[2:7])
m = re.search(r'^\s*99%\s+([\d.]+)(us|ms|s)\s*$', text, re.M)
p99 = float('nan') if not m else float(m.group(1)) * {'us': 1e-3, 'ms': 1, 's': 1e3}[m.group(2)]
rps = float(re.search(r'Requests/sec:\s+([\d.]+)', text).group(1))
total = max(int(re.search(r'(\d+) requests in', text).group(1)), 1)
bad = re.search(r'Non-2xx or 3xx responses:\s+(\d+)', text)
print(f"{rps:.0f} {p99:.1f} {(g1 - g0) / hz / total * 1e6:.0f} {(s1 - s0) / hz / total * 1e6:.0f} {bad.group(1) if bad else 0}")
PY
}

echo "warm-up: 2 x ${WARMUP}s per variant (${LABELS[*]})"
for _ in 1 2; do for l in "${LABELS[@]}"; do run "$l" "$WARMUP" > /dev/null; done; done

RESULTS=$(mktemp)
printf '%-6s %-14s %8s %8s %8s %8s %7s\n' round variant req/s p99_ms gw_us svc_us non2xx
for ((r = 1; r <= ROUNDS; r++)); do
  if ((r % 2)); then order=("${LABELS[@]}"); else order=(); for ((i = ${#LABELS[@]} - 1; i >= 0; i--)); do order+=("${LABELS[$i]}"); done; fi
  for l in "${order[@]}"; do
    read -r rps p99 gw svc bad < <(run "$l" "$DURATION" "$RATE")
    printf '%-6s %-14s %8s %8s %8s %8s %7s\n' "$r" "$l" "$rps" "$p99" "$gw" "$svc" "$bad"
    echo "$r $l $rps $p99 $gw $svc $bad" >> "$RESULTS"
  done
done

python3 - "$RESULTS" "${LABELS[@]}" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
labels = sys.argv[2:]
by = {l: [r for r in rows if r[1] == l] for l in labels}
base = {r[0]: float(r[2]) for r in by[labels[0]]}
scg = {r[0]: float(r[4]) for r in by.get('scg-vanilla', [])}
invalid = any(int(r[6]) for r in rows)
print(f"\n{'variant':<14} {'req/s':>8} {'p99_ms':>8} {'gw_us':>8} {'svc_us':>8} {'vs ' + labels[0]:>12} {'gw_vs_scg':>10}"
      "  (medians over rounds)")
for l in labels:
    med = lambda i: statistics.median(float(r[i]) for r in by[l])
    ratio = statistics.median(float(r[2]) / base[r[0]] for r in by[l])
    # gateway CPU per proxied request relative to stock SCG in the same round, median over rounds
    vs_scg = statistics.median(float(r[4]) / scg[r[0]] for r in by[l]) if scg else float('nan')
    print(f"{l:<14} {med(2):8.0f} {med(3):8.1f} {med(4):8.0f} {med(5):8.0f} {ratio:12.2f} {vs_scg:10.2f}")
if invalid:
    print("some runs had non-2xx answers: the result is invalid", file=sys.stderr)
    sys.exit(1)
PY
