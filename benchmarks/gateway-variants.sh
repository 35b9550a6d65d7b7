#!/usr/bin/env bash
# Compares gateway JVM/transport variants on the gateway-overhead benchmark (issue 2): starts Keycloak, Kafka, the
# MongoDB-wire server and catalog-service once (C2 JIT, rate limit off), then for each variant restarts only the
# gateway with that variant's java binary and options and runs benchmarks/gateway-overhead.sh (direct and through the
# gateway, one round after the warm-up). Prints one summary line per variant; stops the stack at the end.
#
#   benchmarks/gateway-variants.sh [--warmup S] [--duration S] [--connections N]
#
# Variants (label | GATEWAY_JAVA | extra GATEWAY_JAVA_OPTS), edit VARIANTS below to try others:
#   jdk17-epoll   the default: JDK 17, native epoll transport (netty-transport-native-epoll on the classpath)
#   jdk17-nio     the same with -Dreactor.netty.native=false (Java NIO transport)
#   jdk17-2loops  epoll with -Dreactor.netty.ioWorkerCount=2 (Reactor Netty defaults to max(cores, 4) loops)
#   jdk25-epoll   Temurin 25 (/usr/lib/jvm/temurin-25-jdk-amd64), epoll
# As every benchmark here: wrk shares the two cores with every JVM; run it on an otherwise idle machine. The first
# variant after the stack starts runs against a service that is still warming up and comes out slower: put a
# throwaway variant first and compare variants interleaved (A B A B), never one run each.
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=120 DURATION=30 CONNECTIONS=32
while [[ $# -gt 0 ]]; do
  case "$1" in
    --warmup) WARMUP=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

JDK25=${JDK25_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
BASE_OPTS="-Xms384m -Xmx384m -XX:+UseSerialGC"
VARIANTS=(
  "jdk17-epoll|java|"
  "jdk17-nio|java|-Dreactor.netty.native=false"
  "jdk17-2loops|java|-Dreactor.netty.ioWorkerCount=2"
  "jdk25-epoll|$JDK25|"
)

export SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:--Xms256m -Xmx256m -XX:+UseSerialGC}"
export ENFORCEMENT_GATEWAY_RATELIMIT_ENABLED=false
trap 'dev-stack/stack.sh stop > /dev/null 2>&1 || true' EXIT
dev-stack/stack.sh start --only infra,catalog-service

summary=()
for variant in "${VARIANTS[@]}"; do
  IFS='|' read -r label java extra <<< "$variant"
  if [[ "$java" != java && ! -x "$java" ]]; then
    summary+=("$label: skipped ($java not found)")
    continue
  fi
  dev-stack/stack.sh stop --only gateway > /dev/null 2>&1 || true
  GATEWAY_JAVA="$java" GATEWAY_JAVA_OPTS="$BASE_OPTS $extra" dev-stack/stack.sh start --only gateway --no-build > /dev/null
  echo "== $label: $("$java" -version 2>&1 | head -1) $extra"
  out=$(benchmarks/gateway-overhead.sh --warmup "$WARMUP" --duration "$DURATION" --connections "$CONNECTIONS" --rounds 1 \
    || true)
  echo "$out" | tail -6
  summary+=("$label: $(echo "$out" | grep -E '^1 +gateway' | awk '{print $3 " req/s gateway, p99 " $5 " ms, gw " $8 " us/req"}'); $(echo "$out" | grep -E '^1 +direct' | awk '{print $3 " req/s direct"}'); $(echo "$out" | grep -o 'throughput = [0-9.]*')")
done
printf '\n%s\n' "${summary[@]}"
