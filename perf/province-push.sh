#!/usr/bin/env bash
# perf/province-push.sh: throughput of the provincial push and its catch-up after a simulated one-hour outage,
# against the WireMock standalone that plays the province in the dev stack (same mappings: dev-stack/province-stub).
#
#   perf/province-push.sh [--records N] [--smoke]      # default 2000 records; --smoke: 200
#
# Starts WireMock on 127.0.0.1:$PROVINCE_PERF_PORT (default 18090, -Xmx256m), runs ProvincePushPerf
# (supervision-service test sources: production dispatcher, client and delivery log on an in-memory MongoDB-wire
# server, a test clock for the outage), prints the figures (also in perf/.data/province-push.txt) and stops WireMock
# by its PID. Needs `mvn -pl dev-stack package` once (for the WireMock jar) and an installed platform. Not part of the
# test run; run it on an otherwise idle machine.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
RECORDS=2000
while (($#)); do
  case "$1" in
    --records) RECORDS=${2:?--records needs a number}; shift ;;
    --smoke) RECORDS=200 ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
PORT="${PROVINCE_PERF_PORT:-18090}"
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  echo "port $PORT is in use (set PROVINCE_PERF_PORT)" >&2; exit 1
fi
JAR=$(compgen -G "$ROOT/dev-stack/target/province-lib/wiremock-standalone-*.jar" | head -1 || true)
if [[ -z "$JAR" ]]; then
  echo "building the WireMock jar: mvn -q -o -pl dev-stack -DskipTests package" >&2
  (cd "$ROOT" && mvn -q -o -pl dev-stack -DskipTests package)
  JAR=$(compgen -G "$ROOT/dev-stack/target/province-lib/wiremock-standalone-*.jar" | head -1)
fi
mkdir -p "$ROOT/perf/.data"
LOG="$ROOT/perf/.data/province-stub.log"
java -Xmx256m -XX:+UseSerialGC -jar "$JAR" --bind-address 127.0.0.1 --port "$PORT" \
  --root-dir "$ROOT/dev-stack/province-stub" --disable-banner --max-request-journal-entries 100000 \
  > "$LOG" 2>&1 &
STUB=$!
trap 'kill "$STUB" 2>/dev/null || true; wait "$STUB" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/__admin/health" || true)" == 200 ]] && break
  kill -0 "$STUB" 2>/dev/null || { echo "WireMock did not start (log: $LOG)" >&2; exit 1; }
  sleep 0.2
done
echo "WireMock province stub on 127.0.0.1:$PORT (pid $STUB); $RECORDS records"
(cd "$ROOT" && mvn -o -q -pl supervision-service test -Dtest=ProvincePushPerf -Dsurefire.failIfNoSpecifiedTests=false \
  -Djacoco.skip=true -Dperf.province.url="http://127.0.0.1:$PORT" -Dperf.records="$RECORDS" \
  -Dperf.out="$ROOT/perf/.data/province-push.txt")
cat "$ROOT/perf/.data/province-push.txt"
