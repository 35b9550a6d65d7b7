#!/usr/bin/env bash
# Timing (no JMH, not in the test run) of two lookups on benchmark-service's recommendation path, before and after they
# were served from memory, on the same data in an in-process MongoDB-wire server (mongo-java-server, as in dev and
# tests, where non-unique indexes are not built):
#   1. the benchmark applying to a violation code: a MongoDB query per request (every matching version converted)
#      vs. the in-memory model's index of violation codes (PublishedBenchmarks);
#   2. the first-violation look-back of a party: a query by party and date range vs. the decision-history model.
#
#   perf/benchmark-lookups.sh [benchmarks] [entries-per-benchmark] [lookups] [applications]   (200 50 2000 100000)
#
# Builds benchmark-service's test classes offline and runs cn.gov.lyg.enforcement.benchmark.benchmark.ViolationLookupTiming
# in one JVM (-Xmx1g). Run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
CP_FILE=benchmark-service/target/timing.classpath
mvn -o -q -pl benchmark-service test-compile dependency:build-classpath -Dmdep.outputFile="$PWD/$CP_FILE" \
  -Dmdep.includeScope=test > /dev/null
java -Xmx1g -cp "benchmark-service/target/test-classes:benchmark-service/target/classes:$(cat "$CP_FILE")" \
  cn.gov.lyg.enforcement.benchmark.benchmark.ViolationLookupTiming "$@"
