#!/usr/bin/env bash
# Benchmark of the recommendation API, as an agency's case-handling system calls it before a penalty decision:
#   POST /api/benchmarks/v1/recommendations   (gov-systems client-credentials token, agencyCode in the body)
# with the worked example of DOMAIN.md §3.4 (无标签预包装食品, goods value ¥20 000, Art. 32 ground → LIGHTER
# ¥100 000–130 000).
# Targets (issue): through the gateway >= 3 000 requests/s on this 2-core machine (wrk -c32), p99 <= 20 ms at half that
# rate (paced), and the same endpoint directly (port 8083) in the same run.
#
#   perf/benchmark-recommendations.sh [--no-start] [--warmup S] [--duration S] [--connections N] [--rate R]
#                                     [--paced-duration S] [--target-rps R] [--target-p99 MS] [--smoke]
#
# Without --no-start it starts Keycloak, Kafka, the MongoDB-wire server, catalog-service, benchmark-service and the
# gateway (dev-stack/stack.sh start --only infra,catalog-service,benchmark-service,gateway) with the gateway's rate
# limit off, and stops it at the end. With --no-start the running stack must have been started with
# ENFORCEMENT_GATEWAY_RATELIMIT_ENABLED=false. It then seeds through the gateway, once per run: a PENALTY item in the
# catalog (catalog-admin) implemented by 海州区市场监管局, waits until benchmark-service's item projection has it,
# and a benchmark of 海州区市场监管局 with one entry on that item, taken through submit → approve → publish
# (hz-agency-admin, hz-legal-reviewer). Then: warm-up, (a) max throughput through the gateway, (b) the same directly,
# (c) paced at --rate through the gateway, (d) paced at half of (a)'s rate (informational); requests/s, p50/p90/p99, non-2xx, CPU per request; PASS/FAIL per target.
# --smoke: 5 s per phase, no warm-up (checks that the script works; the figures mean nothing).
# The machine is shared: do not run the full phases while others build. Needs wrk, curl and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

START=true WARMUP=120 DURATION=30 CONNECTIONS=32 RATE=1500 PACED_DURATION=60 TARGET_RPS=3000 TARGET_P99=20
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-start) START=false ;;
    --warmup) WARMUP=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --rate) RATE=$2; shift ;;
    --paced-duration) PACED_DURATION=$2; shift ;;
    --target-rps) TARGET_RPS=$2; shift ;;
    --target-p99) TARGET_P99=$2; shift ;;
    --smoke) WARMUP=0 DURATION=5 PACED_DURATION=5 ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

GATEWAY=${GATEWAY_URL:-http://127.0.0.1:8080}
DIRECT=${BENCHMARK_SERVICE_URL:-http://127.0.0.1:8083}
KEYCLOAK=${KEYCLOAK_URL:-http://127.0.0.1:8180}
AGENCY=11320706300200020C
THREADS=2

WORK=$(mktemp -d)
cleanup() {
  rm -rf "$WORK"
  if $START; then dev-stack/stack.sh stop > /dev/null 2>&1 || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if $START; then
  export SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:--Xms256m -Xmx256m -XX:+UseSerialGC}"
  export GATEWAY_JAVA_OPTS="${GATEWAY_JAVA_OPTS:--Xms384m -Xmx384m -XX:+UseSerialGC}"
  export ENFORCEMENT_GATEWAY_RATELIMIT_ENABLED=false
  dev-stack/stack.sh start --only infra,catalog-service,benchmark-service,gateway
fi

# shellcheck source=lib/common.sh
source perf/lib/common.sh
ensure_wrk
system_token() {
  curl -sf -d grant_type=client_credentials -d client_id=gov-systems \
    -d client_secret="${KC_GOV_SYSTEMS_CLIENT_SECRET:-gov-systems-dev-secret}" \
    "$KEYCLOAK/realms/enforcement/protocol/openid-connect/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

# ---- seed: catalog item → projection → published benchmark with one entry (python3 stdlib) ----
ENTRY=$(GATEWAY="$GATEWAY" ADMIN="$(user_token catalog-admin)" AUTHOR="$(user_token hz-agency-admin)" \
        REVIEWER="$(user_token hz-legal-reviewer)" AGENCY="$AGENCY" python3 - <<'PY'
import json, os, random, time, urllib.request, urllib.error
gw = os.environ["GATEWAY"]
def call(method, path, token, body=None, ok=(200, 201)):
    req = urllib.request.Request(gw + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.loads(r.read() or b"{}")
    except urllib.error.HTTPError as e:
        raise SystemExit("%s %s answered %s: %s" % (method, path, e.code, e.read()[:400]))
seq = random.randint(8000, 9999)
law = [{"lawName": "中华人民共和国食品安全法", "article": "125", "paragraph": "1", "item": "2"}]
item = call("POST", "/api/catalog/v1/items", os.environ["ADMIN"], {
    "itemCode": "3207-MKT-PEN-%d" % seq, "name": "对生产经营无标签预包装食品的行政处罚（基准压测）", "itemType": "PENALTY",
    "domain": "MARKET", "settingBasis": law, "implementingBasis": law, "implementingAgencyCodes": [os.environ["AGENCY"]],
    "exerciseLevels": ["COUNTY"], "exerciseMode": "DIRECT"})
call("POST", "/api/catalog/v1/items/%s/publish" % item["id"], os.environ["ADMIN"])
author, reviewer = os.environ["AUTHOR"], os.environ["REVIEWER"]
b = call("POST", "/api/benchmarks/v1/benchmarks", author, {"title": "压测基准", "level": "COUNTY", "domain": "MARKET",
         "docNo": "海市监〔2026〕%d号" % seq, "model": "A"})
entry = {"violationCode": "MKT-125-1-2-%d" % seq, "violationName": "生产经营无标签预包装食品", "catalogItemId": item["id"],
         "violatedProvisions": law, "penaltyProvisions": law,
         "allowedPenaltyKinds": ["FINE", "CONFISCATE_ILLEGAL_GAINS", "CONFISCATE_ILLEGAL_PROPERTY"],
         "mandatoryPenaltyKinds": ["CONFISCATE_ILLEGAL_GAINS", "CONFISCATE_ILLEGAL_PROPERTY"],
         "fineFormula": {"kind": "BRANCHED", "baseKind": "GOODS_VALUE", "branches": [
             {"baseFrom": "0", "formula": {"kind": "FIXED_RANGE", "min": "5000", "max": "50000"}},
             {"baseFrom": "10000", "formula": {"kind": "MULTIPLE_OF_BASE", "baseKind": "GOODS_VALUE", "min": "5", "max": "10"}}]}}
deadline = time.time() + 30
while True:  # the item reaches benchmark-service through catalog.items.v1
    req = urllib.request.Request(gw + "/api/benchmarks/v1/benchmarks/%s/entries" % b["id"], method="POST",
                                 data=json.dumps(entry).encode(),
                                 headers={"Authorization": "Bearer " + author, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            e = json.loads(r.read()); break
    except urllib.error.HTTPError as err:
        if err.code != 422 or time.time() > deadline:
            raise SystemExit("adding the entry answered %s: %s" % (err.code, err.read()[:400]))
        time.sleep(0.5)
call("POST", "/api/benchmarks/v1/benchmarks/%s/submit" % b["id"], author)
call("POST", "/api/benchmarks/v1/benchmarks/%s/approve" % b["id"], reviewer,
     {"reviewedOn": "2024-01-02", "opinion": "合法", "deliberationDate": "2024-01-03", "minutesRef": "压测"})
call("POST", "/api/benchmarks/v1/benchmarks/%s/publish" % b["id"], author,
     {"publishedAt": "2024-01-05", "effectiveFrom": "2024-01-05"})
print(e["entryId"])
PY
)
echo "entry $ENTRY published"
BODY="{\"entryId\":\"$ENTRY\",\"agencyCode\":\"$AGENCY\",\"circumstanceLevel\":\"GENERAL\",\"factors\":[\"ART32_ELIMINATED_HARM\"],\"baseAmount\":\"20000\",\"violationDate\":\"2025-03-03\",\"decisionDate\":\"2025-06-16\"}"
for base in "$GATEWAY" "$DIRECT"; do
  out=$(curl -s -w ' %{http_code}' -H "Authorization: Bearer $(system_token)" -H 'Content-Type: application/json' \
        -d "$BODY" "$base/api/benchmarks/v1/recommendations")
  [[ "$out" == *' 200' && "$out" == *'"100000.00"'* ]] || { echo "recommendation at $base: $(head -c 400 <<< "$out")" >&2; exit 1; }
done

cat > "$WORK/recommend.lua" <<'LUA'
dofile(os.getenv("PACED_LUA"))
local n_threads = 0
function setup(thread) thread:set("tid", n_threads); n_threads = n_threads + 1 end
function init(args) paced_init() end
wrk.method = "POST"
wrk.body = os.getenv("REC_BODY")
wrk.headers["Content-Type"] = "application/json"
LUA
export REC_BODY="$BODY" PACED_THREADS=$THREADS PACED_LUA="$PWD/perf/lib/paced.lua"

measure() {  # base seconds connections rate → "rps p50 p90 p99 non2xx errors gw_us svc_us"
  local base=$1 seconds=$2 conns=$3 rate=$4 out g0 s0 g1 s1
  g0=$(component_ticks gateway); s0=$(component_ticks benchmark-service)
  out=$(PACED_RATE=$rate wrk -t$THREADS -c"$conns" -d"${seconds}s" --timeout 10s --latency -s "$WORK/recommend.lua" \
        -H "Authorization: Bearer $(system_token)" "$base/api/benchmarks/v1/recommendations")
  g1=$(component_ticks gateway); s1=$(component_ticks benchmark-service)
  python3 - "$out" "$g0" "$g1" "$s0" "$s1" "$(getconf CLK_TCK)" <<'PY'
import re, sys
t = sys.argv[1]; g0, g1, s0, s1, hz = (float(x) for x in sys.argv[2:7])
def ms(p):
    m = re.search(r'^\s*' + p + r'%\s+([\d.]+)(us|ms|s)\s*$', t, re.M)
    if not m: return float('nan')
    v, u = float(m.group(1)), m.group(2)
    return v / 1000 if u == 'us' else v * 1000 if u == 's' else v
rps = float(re.search(r'Requests/sec:\s+([\d.]+)', t).group(1))
bad = re.search(r'Non-2xx or 3xx responses:\s+(\d+)', t)
errs = re.search(r'Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)', t)
total = int(re.search(r'(\d+) requests in', t).group(1))
per = lambda a, b: (b - a) / hz / max(total, 1) * 1e6
print(f"{rps:.0f} {ms('50'):.2f} {ms('90'):.2f} {ms('99'):.2f} {bad.group(1) if bad else 0} "
      f"{sum(int(x) for x in errs.groups()) if errs else 0} {per(g0, g1):.0f} {per(s0, s1):.0f}")
PY
}

if ((WARMUP > 0)); then echo "warm-up ${WARMUP}s"; measure "$GATEWAY" "$WARMUP" "$CONNECTIONS" 0 > /dev/null; fi
printf '%-26s %8s %8s %8s %8s %7s %6s %9s %9s\n' run req/s p50_ms p90_ms p99_ms non2xx errors gw_us/req svc_us/req
A=$(measure "$GATEWAY" "$DURATION" "$CONNECTIONS" 0); printf '%-26s %8s %8s %8s %8s %7s %6s %9s %9s\n' "(a) gateway c$CONNECTIONS" $A
B=$(measure "$DIRECT" "$DURATION" "$CONNECTIONS" 0); printf '%-26s %8s %8s %8s %8s %7s %6s %9s %9s\n' "(b) direct c$CONNECTIONS" $B
C=$(measure "$GATEWAY" "$PACED_DURATION" "$CONNECTIONS" "$RATE"); printf '%-26s %8s %8s %8s %8s %7s %6s %9s %9s\n' "(c) gateway paced $RATE/s" $C
# (d) for the record, not a target: paced at half the throughput measured in (a), i.e. the latency at half of what
# this machine actually serves through the gateway
HALF=$(python3 -c "print(max(1, int(float('${A%% *}') / 2)))")
D=$(measure "$GATEWAY" "$PACED_DURATION" "$CONNECTIONS" "$HALF"); printf '%-26s %8s %8s %8s %8s %7s %6s %9s %9s\n' "(d) gateway paced $HALF/s" $D
python3 - "$A" "$C" "$TARGET_RPS" "$TARGET_P99" <<'PY'
import sys
a, c = sys.argv[1].split(), sys.argv[2].split()
ok_a = float(a[0]) >= float(sys.argv[3]) and a[4] == "0" and a[5] == "0"
ok_c = float(c[3]) <= float(sys.argv[4]) and c[4] == "0" and c[5] == "0"
print("%s  gateway throughput %s req/s (target >= %s)" % ("PASS" if ok_a else "FAIL", a[0], sys.argv[3]))
print("%s  paced p99 %s ms (target <= %s ms)" % ("PASS" if ok_c else "FAIL", c[3], sys.argv[4]))
sys.exit(0 if ok_a and ok_c else 1)
PY
