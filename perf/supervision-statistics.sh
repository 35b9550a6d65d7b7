#!/usr/bin/env bash
# Annual statistics over N case records (default 1 000 000) in the MongoDB-wire database: full recompute vs the
# incremental per-agency/year tallies supervision-service keeps. Runs in one JVM against an in-process
# mongo-java-server (H2 file under perf/.data, random port): no stack, no fixed ports.
#   perf/supervision-statistics.sh            # 1 000 000 records (slow to seed on a shared machine)
#   perf/supervision-statistics.sh 20000      # smoke
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-1000000}"
mkdir -p perf/.data
CP_FILE=perf/.data/supervision.classpath
if [ ! -s "$CP_FILE" ] || [ supervision-service/pom.xml -nt "$CP_FILE" ]; then
  mvn -o -q -pl supervision-service dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
fi
[ -d supervision-service/target/classes/cn ] || mvn -o -q -pl supervision-service compile
exec java -Xmx"${PERF_XMX:-1g}" -cp "supervision-service/target/classes:$(cat "$CP_FILE")" \
  perf/SupervisionStatistics.java "$N" perf/.data
