#!/usr/bin/env bash
# Benchmark of the eligibility API at 20 000 officers:
#   GET /api/personnel/v1/officers/{id}/eligibility?date=<today>&domain=MARKET&region=320706
# with a random seeded officer per request (wrk + Lua), token of the gov-systems client (client credentials, role
# integration, region 320700: reads every 海州区 officer).
# Targets: through the gateway >= 1 000 requests/s on this machine (max-throughput run, wrk -c32), and p99 <= 50 ms
# at half that load (paced run, 500 requests/s in total).
#
#   perf/personnel-eligibility.sh [--no-start] [--count N] [--warmup S] [--duration S] [--connections N]
#                                       [--rate R] [--paced-duration S] [--paced-connections N] [--target-rps R]
#                                       [--target-p99 MS]
#
# Without --no-start it starts Keycloak, Kafka, the MongoDB-wire server, personnel-service and the gateway itself
# (dev-stack/stack.sh start --only infra,personnel-service,gateway) with production-like JVM options (C2 JIT, no
# -XX:TieredStopAtLevel=1, SERVICE_JAVA_OPTS / GATEWAY_JAVA_OPTS override; the MongoDB-wire server with a 1.5 GB heap,
# MONGO_JAVA_OPTS overrides) and the gateway's per-client rate limit
# off, and stops it at the end (also on failure or Ctrl-C). With --no-start it uses the running stack, which must
# have been started with ENFORCEMENT_GATEWAY_RATELIMIT_ENABLED=false (else the 200 req/s limit answers 429s).
# Then: seeds N officers (default 20 000) with perf/personnel-seed.py if they are not there yet (the seed is
# idempotent; at 20 000 it takes a while: see perf/README.md); warms up through the gateway for --warmup
# seconds (default 120: on 2 cores the JVMs need minutes of load before the JIT settles); then runs
#   (a) max throughput through the gateway: wrk -c32 (--connections), --duration seconds (default 30);
#   (b) the same directly against personnel-service (port 8082), for reference: what the gateway costs;
#   (c) a paced run through the gateway at --rate requests/s in total (default 500 = half the target), each wrk
#       thread spacing its requests with the Lua delay() hook, --paced-duration seconds (default 60).
# It prints requests/s, p50/p90/p99 (wrk --latency), non-2xx answers and the CPU time per request of the gateway,
# personnel-service and the MongoDB-wire server (from /proc: less sensitive to other load than throughput), and
# PASS/FAIL per target. Any non-2xx answer (or a wrk timeout) fails the run. Exit code 0 only if all pass.
# Caveats: wrk runs on the same two cores as every server, so the figures are for this box and noisy when other
# builds run; wrk measures latency from the moment a request is sent, so in the paced run a stall that delays the
# following requests is not counted against them (no coordinated-omission correction as in wrk2); the paced run
# reports the rate it achieved, and one below 95 % of --rate fails. Revoked officers (personnel-revocation-latency.sh)
# stay in the pool: their answer (assignable=false, CERTIFICATE_REVOKED) costs the same.
# Needs wrk (Debian package wrk; installed when missing and running as root), curl and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

START=true COUNT=20000 WARMUP=120 DURATION=30 CONNECTIONS=32 RATE=500 PACED_DURATION=60 PACED_CONNECTIONS=32
TARGET_RPS=1000 TARGET_P99=50
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-start) START=false ;;
    --count) COUNT=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --rate) RATE=$2; shift ;;
    --paced-duration) PACED_DURATION=$2; shift ;;
    --paced-connections) PACED_CONNECTIONS=$2; shift ;;
    --target-rps) TARGET_RPS=$2; shift ;;
    --target-p99) TARGET_P99=$2; shift ;;
    -h|--help) sed -n '2,34p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

GATEWAY=${GATEWAY_URL:-http://127.0.0.1:8080}
DIRECT=${PERSONNEL_SERVICE_URL:-http://127.0.0.1:8082}
KEYCLOAK=${KEYCLOAK_URL:-http://127.0.0.1:8180}
SEED_FILE=${PERSONNEL_SEED_FILE:-perf/.data/personnel-seed.tsv}
THREADS=2
# wrk keeps one token for a whole run and tokens live 300 s: longer phases are split into runs of at most this
MAX_RUN=240


WORK=$(mktemp -d)
cleanup() {
  rm -rf "$WORK"
  if $START; then
    echo "stopping the stack"
    dev-stack/stack.sh stop > /dev/null 2>&1 || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if $START; then
  export SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:--Xms256m -Xmx256m -XX:+UseSerialGC}"
  # the MongoDB-wire stand-in holds its page cache and secondary indexes in memory: at 20 000 officers the dev
  # default (-Xmx256m) makes it collect for ~1 s at a time (measured: 439 full GCs, 522 s)
  export MONGO_JAVA_OPTS="${MONGO_JAVA_OPTS:--Xms1536m -Xmx1536m -XX:+UseParallelGC}"
  export GATEWAY_JAVA_OPTS="${GATEWAY_JAVA_OPTS:--Xms384m -Xmx384m -XX:+UseSerialGC}"
  export ENFORCEMENT_GATEWAY_RATELIMIT_ENABLED=false
  dev-stack/stack.sh start --only infra,personnel-service,gateway
fi

token() {
  curl -sf -d grant_type=client_credentials -d client_id=gov-systems \
    -d client_secret="${KC_GOV_SYSTEMS_CLIENT_SECRET:-gov-systems-dev-secret}" \
    "$KEYCLOAK/realms/enforcement/protocol/openid-connect/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

# ---- seed (idempotent: fills only the gap) and the id list for wrk ----
python3 perf/personnel-seed.py --count "$COUNT" --out "$SEED_FILE"
python3 - "$SEED_FILE" "$COUNT" "$WORK/ids.txt" <<'PY'
import sys
path, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rec = {}
for line in open(path, encoding="utf-8"):
    p = line.rstrip("\n").split("\t")
    if line.startswith("#") or len(p) < 5 or not p[0].isdigit():
        continue
    rec[int(p[0])] = p
ids = [rec[i] for i in range(n) if i in rec and rec[i][4] in ("ACTIVE", "REVOKED")]
if len(ids) < n:
    sys.exit("seed file has only %d of %d officers" % (len(ids), n))
with open(out, "w") as f:
    f.writelines(r[1] + "\n" for r in ids)
revoked = sum(1 for r in ids if r[4] == "REVOKED")
print("officers in the pool: %d (%d ACTIVE, %d REVOKED by revocation runs)" % (len(ids), len(ids) - revoked, revoked))
PY

TODAY=$(date +%F)
ELIG_PREFIX=/api/personnel/v1/officers/
ELIG_QUERY="date=$TODAY&domain=MARKET&region=320706"
FIRST=$(head -1 "$WORK/ids.txt")
for base in "$GATEWAY" "$DIRECT"; do
  code=$(curl -s -o "$WORK/one.json" -w '%{http_code}' -H "Authorization: Bearer $(token)" "$base$ELIG_PREFIX$FIRST/eligibility?$ELIG_QUERY")
  [[ "$code" == 200 ]] || { echo "GET $base$ELIG_PREFIX$FIRST/eligibility answered $code: $(head -c 300 "$WORK/one.json")" >&2; exit 1; }
done
echo "sample answer: $(head -c 400 "$WORK/one.json")"

# ---- wrk script: random officer per request; optional pacing of each thread with delay() ----
cat > "$WORK/eligibility.lua" <<'LUA'
-- env: ELIG_IDS (file, one officer id a line), ELIG_PREFIX, ELIG_QUERY; pacing by perf/lib/paced.lua
-- (PACED_RATE total req/s, 0 = as fast as possible; PACED_THREADS = wrk -t)
local ids, prefix, query = {}, os.getenv("ELIG_PREFIX"), os.getenv("ELIG_QUERY")
local n_threads = 0
dofile(os.getenv("PACED_LUA"))

function setup(thread)
  thread:set("tid", n_threads)
  n_threads = n_threads + 1
end

function init(args)
  for line in io.lines(os.getenv("ELIG_IDS")) do ids[#ids + 1] = line end
  math.randomseed(os.time() * 1000 + (tid or 0) * 7919)
  paced_init()
end

function request()
  return wrk.format("GET", prefix .. ids[math.random(#ids)] .. "/eligibility?" .. query)
end
LUA

export ELIG_IDS="$WORK/ids.txt" ELIG_PREFIX ELIG_QUERY PACED_THREADS=$THREADS PACED_LUA="$PWD/perf/lib/paced.lua"

# shellcheck source=lib/common.sh
source perf/lib/common.sh
ensure_wrk
ticks() { component_ticks "$1"; }

# wrk run; prints "rps p50 p90 p99 max non2xx errors requests gw_cpu_us svc_cpu_us mongo_cpu_us" (latency in ms)
measure() {
  local base=$1 seconds=$2 conns=$3 rate=$4 out g0 s0 m0 g1 s1 m1
  g0=$(ticks gateway); s0=$(ticks personnel-service); m0=$(ticks mongo)
  out=$(PACED_RATE=$rate wrk -t$THREADS -c"$conns" -d"${seconds}s" --timeout 10s --latency -s "$WORK/eligibility.lua" \
        -H "Authorization: Bearer $(token)" "$base")
  g1=$(ticks gateway); s1=$(ticks personnel-service); m1=$(ticks mongo)
  echo "$out" >> "$WORK/wrk.log"
  python3 - "$out" "$g0" "$g1" "$s0" "$s1" "$m0" "$m1" "$(getconf CLK_TCK)" <<'PY'
import re, sys
text = sys.argv[1]
g0, g1, s0, s1, m0, m1, hz = (float(x) for x in sys.argv[2:9])
def ms(label):
    m = re.search(r'^\s*' + label + r'%\s+([\d.]+)(us|ms|s)\s*$', text, re.M)
    if not m: return float('nan')
    v, unit = float(m.group(1)), m.group(2)
    return v / 1000 if unit == 'us' else v * 1000 if unit == 's' else v
def lat_max():
    m = re.search(r'^\s*Latency\s+\S+\s+\S+\s+([\d.]+)(us|ms|s)', text, re.M)
    if not m: return float('nan')
    v, unit = float(m.group(1)), m.group(2)
    return v / 1000 if unit == 'us' else v * 1000 if unit == 's' else v
rps = float(re.search(r'Requests/sec:\s+([\d.]+)', text).group(1))
non2xx = re.search(r'Non-2xx or 3xx responses:\s+(\d+)', text)
errs = re.search(r'Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)', text)
errors = sum(int(x) for x in errs.groups()) if errs else 0
total = int(re.search(r'(\d+) requests in', text).group(1))
per = lambda a, b: (b - a) / hz / max(total, 1) * 1e6
print(f"{rps:.0f} {ms('50'):.2f} {ms('90'):.2f} {ms('99'):.2f} {lat_max():.1f} {non2xx.group(1) if non2xx else 0} "
      f"{errors} {total} {per(g0, g1):.0f} {per(s0, s1):.0f} {per(m0, m1):.0f}")
PY
}

# a phase longer than MAX_RUN is several wrk runs (fresh token each)
run_for() {
  local base=$1 seconds=$2 conns=$3 rate=$4 chunk
  while ((seconds > 0)); do
    chunk=$((seconds > MAX_RUN ? MAX_RUN : seconds))
    measure "$base" "$chunk" "$conns" "$rate" > /dev/null
    seconds=$((seconds - chunk))
  done
}
((DURATION <= MAX_RUN && PACED_DURATION <= MAX_RUN)) || { echo "--duration and --paced-duration: at most $MAX_RUN s (token lifetime)" >&2; exit 2; }

URL_G="$GATEWAY$ELIG_PREFIX"
URL_D="$DIRECT$ELIG_PREFIX"
echo "warm-up: ${WARMUP}s through the gateway at c$CONNECTIONS"
run_for "$URL_G" "$WARMUP" "$CONNECTIONS" 0

FAIL=0
printf '\n%-28s %8s %8s %8s %8s %8s %7s %6s %9s %9s %9s\n' run req/s p50_ms p90_ms p99_ms max_ms non2xx errors gw_us/req svc_us/req db_us/req
row() {
  local name=$1; shift
  read -r rps p50 p90 p99 mx bad errs total gw svc db <<< "$*"
  printf '%-28s %8s %8s %8s %8s %8s %7s %6s %9s %9s %9s\n' "$name" "$rps" "$p50" "$p90" "$p99" "$mx" "$bad" "$errs" "$gw" "$svc" "$db"
  if [[ "$bad" != 0 || "$errs" != 0 ]]; then echo "  $name: $bad non-2xx answers, $errs socket errors/timeouts: run invalid" >&2; FAIL=1; fi
}
A=$(measure "$URL_G" "$DURATION" "$CONNECTIONS" 0); row "(a) gateway c$CONNECTIONS" "$A"
B=$(measure "$URL_D" "$DURATION" "$CONNECTIONS" 0); row "(b) direct c$CONNECTIONS" "$B"
C=$(measure "$URL_G" "$PACED_DURATION" "$PACED_CONNECTIONS" "$RATE"); row "(c) gateway paced $RATE/s" "$C"

read -r a_rps _ <<< "$A"; read -r b_rps _ <<< "$B"
read -r c_rps _ _ c_p99 _ <<< "$C"
echo
python3 - "$a_rps" "$b_rps" "$c_rps" "$c_p99" "$RATE" "$TARGET_RPS" "$TARGET_P99" <<'PY' || FAIL=1
import sys
a, b, c, p99, rate, target, target_p99 = (float(x) for x in sys.argv[1:8])
ok_a = a >= target
ok_rate = c >= 0.95 * rate
ok_p99 = p99 <= target_p99 and ok_rate
print("gateway/direct throughput: %.2f" % (a / b if b else float('nan')))
print("%s  throughput through the gateway %.0f req/s (target >= %.0f)" % ("PASS" if ok_a else "FAIL", a, target))
print("%s  p99 at %.0f req/s through the gateway %.1f ms (target <= %.0f ms; achieved %.0f req/s%s)"
      % ("PASS" if ok_p99 else "FAIL", rate, p99, target_p99, c, "" if ok_rate else ", below 95 % of the rate"))
sys.exit(0 if ok_a and ok_p99 else 1)
PY
if ((FAIL)); then echo "RESULT: FAIL (wrk output: rerun, or see above)"; else echo "RESULT: PASS"; fi
exit $FAIL
