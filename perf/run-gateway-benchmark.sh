#!/usr/bin/env bash
# One command for the gateway-overhead benchmark: starts Keycloak, Kafka, the MongoDB-wire server, catalog-service
# and the gateway with production-like JVM options (C2 JIT, no -XX:TieredStopAtLevel=1 as in the dev defaults) and
# the gateway's per-client rate limit off, runs gateway-overhead.sh with the given options, and stops the stack.
#   perf/run-gateway-benchmark.sh [--warmup S] [--duration S] [--connections N] [--rounds N]
set -euo pipefail
cd "$(dirname "$0")/.."
export SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:--Xms256m -Xmx256m -XX:+UseSerialGC}"
export GATEWAY_JAVA_OPTS="${GATEWAY_JAVA_OPTS:--Xms384m -Xmx384m -XX:+UseSerialGC}"
export ENFORCEMENT_GATEWAY_RATELIMIT_ENABLED=false
trap 'dev-stack/stack.sh stop > /dev/null 2>&1 || true' EXIT
dev-stack/stack.sh start --only infra,catalog-service,gateway
perf/gateway-overhead.sh "$@"
