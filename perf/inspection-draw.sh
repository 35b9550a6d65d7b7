#!/usr/bin/env bash
# Double-random draw over 1 000 000 entities (target <= 2 s including the population snapshot), in memory, with the
# inspection-service domain classes. Needs `mvn -pl inspection-service -am install -DskipTests` (or a built tree).
# Usage: perf/inspection-draw.sh [entities=1000000] [rounds=5]   (JAVA_OPTS defaults to -Xmx2g)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
classes="$root/inspection-service/target/classes"
# identifiers and the working-day calendar live in platform-core (platform-starter before it was split)
starter="$(ls "$root"/platform/platform-core/target/platform-core-*.jar "$root"/platform/platform-starter/target/platform-starter-*.jar 2>/dev/null | grep -v sources | paste -sd: -)"
[[ -d "$classes" && -n "$starter" ]] || { echo "build first: mvn -pl inspection-service -am install -DskipTests" >&2; exit 1; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
javac -d "$out" -cp "$classes:$starter" "$root/perf/InspectionDraw.java"
exec java ${JAVA_OPTS:--Xmx2g} -cp "$out:$classes:$starter" InspectionDraw "${1:-1000000}" "${2:-5}"
