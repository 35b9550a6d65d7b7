#!/usr/bin/env bash
# Benchmark: the same small authenticated read endpoint, called directly on the service and through the gateway,
# in one run, with wrk on loopback. Prints requests/s and p50/p99 latency for both and their ratio.
#
#   perf/gateway-overhead.sh [--warmup SECONDS] [--duration SECONDS] [--connections N] [--rounds N] [--rate R]
#
# Needs a running stack whose gateway's per-client rate limit (200 req/s by default) does not interfere:
#   ENFORCEMENT_GATEWAY_RATELIMIT_ENABLED=false dev-stack/stack.sh start
# (this script refuses to report a run in which any request was answered with a non-2xx status).
# The endpoint is GET /api/catalog/v1/dictionaries: JWT validated by the service (and by the gateway on the gateway
# path), authorization checked, a JSON body of ~2 KB, no database access, so the figures isolate the hop.
# On 2 cores the JVMs need minutes of load before the JIT settles (../shared/PERF-BASELINE.md): the default
# warm-up is 120 s per path. wrk runs on the same two cores as every server: the figures are for this box.
# Besides req/s and latency it prints the CPU time per request of catalog-service and of the gateway (from
# /proc, pids from dev-stack/data/pids), which is less sensitive to other load on the machine than throughput.
# At full load (wrk as fast as it can) latency is mostly queueing; the added latency of the hop is measured at a fixed
# rate: --rate R (default 1000 req/s, 0 = skip) runs both paths paced at R req/s (perf/lib/paced.lua) for
# --duration seconds and prints p50/p99 and the p99 the gateway adds (goal <= 5 ms).
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=120 DURATION=30 CONNECTIONS=32 ROUNDS=2 RATE=1000
while [[ $# -gt 0 ]]; do
  case "$1" in
    --warmup) WARMUP=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --rounds) ROUNDS=$2; shift ;;
    --rate) RATE=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

DIRECT=${CATALOG_SERVICE_URL:-http://127.0.0.1:8081}
GATEWAY=${GATEWAY_URL:-http://127.0.0.1:8080}
KEYCLOAK=${KEYCLOAK_URL:-http://127.0.0.1:8180}
PATH_UNDER_TEST=/api/catalog/v1/dictionaries


# shellcheck source=lib/common.sh
source perf/lib/common.sh
ensure_wrk
token() { user_token hz-officer; }

ticks() { component_ticks "$1"; }

# wrk with latency; prints "rps p50_ms p99_ms non2xx catalog_cpu_us_per_request gateway_cpu_us_per_request"
measure() {
  local url=$1 seconds=$2 rate=${3:-0} out c0 g0 c1 g1
  c0=$(ticks catalog-service); g0=$(ticks gateway)
  out=$(PACED_RATE=$rate PACED_THREADS=2 wrk -t2 -c"$CONNECTIONS" -d"${seconds}s" --latency -s perf/lib/paced.lua \
    -H "Authorization: Bearer $(token)" "$url")
  c1=$(ticks catalog-service); g1=$(ticks gateway)
  python3 - "$out" "$c0" "$c1" "$g0" "$g1" "$(getconf CLK_TCK)" <<'PY'
import re, sys
text = sys.argv[1]
c0, c1, g0, g1, hz = (float(x) for x in sys.argv[2:7])
def ms(label):
    m = re.search(r'^\s*' + label + r'%\s+([\d.]+)(us|ms|s)\s*$', text, re.M)
    if not m: return float('nan')
    v, unit = float(m.group(1)), m.group(2)
    return v / 1000 if unit == 'us' else v * 1000 if unit == 's' else v
rps = float(re.search(r'Requests/sec:\s+([\d.]+)', text).group(1))
non2xx = re.search(r'Non-2xx or 3xx responses:\s+(\d+)', text)
total = int(re.search(r'(\d+) requests in', text).group(1))
per = lambda a, b: (b - a) / hz / max(total, 1) * 1e6
print(f"{rps:.0f} {ms('50'):.2f} {ms('99'):.2f} {non2xx.group(1) if non2xx else 0} {per(c0, c1):.0f} {per(g0, g1):.0f}")
PY
}

for url in "$DIRECT$PATH_UNDER_TEST" "$GATEWAY$PATH_UNDER_TEST"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(token)" "$url")
  [[ "$code" == 200 ]] || { echo "GET $url answered $code; is the stack up?" >&2; exit 1; }
done

echo "warm-up: ${WARMUP}s per path at c$CONNECTIONS"
measure "$DIRECT$PATH_UNDER_TEST" "$WARMUP" > /dev/null
measure "$GATEWAY$PATH_UNDER_TEST" "$WARMUP" > /dev/null

printf '\n%-6s %-8s %10s %9s %9s %8s %14s %14s\n' round path req/s p50_ms p99_ms non2xx svc_cpu_us/req gw_cpu_us/req
sum_d=0 sum_g=0 worst=0
for ((r = 1; r <= ROUNDS; r++)); do
  read -r d_rps d_p50 d_p99 d_bad d_svc d_gw < <(measure "$DIRECT$PATH_UNDER_TEST" "$DURATION")
  read -r g_rps g_p50 g_p99 g_bad g_svc g_gw < <(measure "$GATEWAY$PATH_UNDER_TEST" "$DURATION")
  printf '%-6s %-8s %10s %9s %9s %8s %14s %14s\n' "$r" direct "$d_rps" "$d_p50" "$d_p99" "$d_bad" "$d_svc" "$d_gw"
  printf '%-6s %-8s %10s %9s %9s %8s %14s %14s\n' "$r" gateway "$g_rps" "$g_p50" "$g_p99" "$g_bad" "$g_svc" "$g_gw"
  if [[ "$d_bad" != 0 || "$g_bad" != 0 ]]; then echo "non-2xx answers in round $r: result invalid" >&2; worst=1; fi
  sum_d=$(python3 -c "print($sum_d + $d_rps)"); sum_g=$(python3 -c "print($sum_g + $g_rps)")
  echo "round $r: gateway/direct throughput = $(python3 -c "print(f'{$g_rps / $d_rps:.2f}')"), added p99 = $(python3 -c "print(f'{$g_p99 - $d_p99:.2f}')") ms"
done
echo "overall gateway/direct throughput ratio: $(python3 -c "print(f'{$sum_g / $sum_d:.2f}')") (goal >= 0.70)"

if [[ "$RATE" != 0 ]]; then
  read -r d_rps d_p50 d_p99 d_bad _ _ < <(measure "$DIRECT$PATH_UNDER_TEST" "$DURATION" "$RATE")
  read -r g_rps g_p50 g_p99 g_bad _ _ < <(measure "$GATEWAY$PATH_UNDER_TEST" "$DURATION" "$RATE")
  printf '\npaced at %s req/s: direct %s req/s p50 %s ms p99 %s ms; gateway %s req/s p50 %s ms p99 %s ms\n' \
    "$RATE" "$d_rps" "$d_p50" "$d_p99" "$g_rps" "$g_p50" "$g_p99"
  echo "added p99 at $RATE req/s: $(python3 -c "print(f'{$g_p99 - $d_p99:.2f}')") ms (goal <= 5 ms)"
  if [[ "$d_bad" != 0 || "$g_bad" != 0 ]]; then echo "non-2xx answers in the paced run: result invalid" >&2; worst=1; fi
  if python3 -c "import sys; sys.exit(0 if min($d_rps, $g_rps) < 0.95 * $RATE else 1)"; then
    echo "a paced run reached less than 95 % of $RATE req/s: the latencies include queueing" >&2; worst=1
  fi
fi
exit $worst
