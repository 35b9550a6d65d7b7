#!/usr/bin/env bash
# Three-systems figures of one county (海州区 320706) over 1 000 000 case milestones (target <= 2 s):
#   1. perf/SupervisionFigures.java seeds N milestones (default 1 000 000: 250 000 cases, four milestones each, the
#      facts computed by the service's own domain classes) directly into supervision-service's MongoDB(-wire)
#      database (MONGODB_URI, default mongodb://127.0.0.1:27017, database enforcement-supervision) and times the
#      former query, an aggregation scanning the cases, for comparison;
#   2. POST /api/supervision/v1/three-systems/jobs/rebuild-counters through the gateway (city-supervisor): the
#      counters the figures read are built from the seeded cases (the seed bypasses the service), timed;
#   3. GET /api/supervision/v1/three-systems?regionCode=320706&from=2025-01-01&to=2025-12-31&asOf=2025-12-31 through
#      the gateway (hz-supervisor), --rounds times (default 10): time per answer, PASS/FAIL against 2 s.
# Needs a running stack (dev-stack/stack.sh start --only infra,supervision-service,gateway) and a built
# supervision-service jar (mvn -pl supervision-service -am package -DskipTests).
#
#   perf/supervision-figures.sh [--smoke] [--milestones N] [--rounds R] [--no-seed]
#
# --smoke seeds 4 000 milestones and runs 2 rounds (checks the script and the stack).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/perf/lib/common.sh"
milestones=1000000; rounds=10; seed=true
while [[ $# -gt 0 ]]; do
  case "$1" in
    --smoke) milestones=4000; rounds=2 ;;
    --milestones) milestones="$2"; shift ;;
    --rounds) rounds="$2"; shift ;;
    --no-seed) seed=false ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
gateway="${GATEWAY_URL:-http://127.0.0.1:8080}"
jar="$root/supervision-service/target/supervision-service.jar"
[[ -f "$jar" ]] || { echo "build first: mvn -pl supervision-service -am package -DskipTests" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && jar xf "$jar" BOOT-INF)
cp="$work/BOOT-INF/classes:$work/BOOT-INF/lib/*"
javac -nowarn -d "$work/seed" -cp "$cp" "$root/perf/SupervisionFigures.java"
if $seed; then
  java ${JAVA_OPTS:--Xmx1g} -cp "$work/seed:$cp" SupervisionFigures "${MONGODB_URI:-mongodb://127.0.0.1:27017}" \
    "$milestones" both
fi
city="$(user_token city-supervisor)"
start=$(date +%s%N)
curl -sf -X POST -H "Authorization: Bearer $city" "$gateway/api/supervision/v1/three-systems/jobs/rebuild-counters"
echo
echo "counters rebuilt in $(( ($(date +%s%N) - start) / 1000000 )) ms"
hz="$(user_token hz-supervisor)"
url="$gateway/api/supervision/v1/three-systems?regionCode=320706&from=2025-01-01&to=2025-12-31&asOf=2025-12-31"
worst=0
for ((i = 1; i <= rounds; i++)); do
  t=$(curl -s -o "$work/figures.json" -w '%{time_total}' -H "Authorization: Bearer $hz" "$url")
  echo "round $i: ${t} s, decided $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["total"]["decided"])' "$work/figures.json")"
  worst=$(python3 -c "print(max($worst, $t))")
done
if python3 -c "import sys; sys.exit(0 if $worst <= 2.0 else 1)"; then
  echo "PASS: worst ${worst} s <= 2 s"
else
  echo "FAIL: worst ${worst} s > 2 s"; exit 1
fi
