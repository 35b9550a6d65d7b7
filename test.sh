#!/usr/bin/env bash
# The platform's test command (README, CI):
#   1. mvn install: every module's unit tests and integration tests (embedded KRaft Kafka, MongoDB-wire server,
#      test JWT keys), and the jars, Keycloak distribution and broker classpath the local stack runs from;
#   2. starts the real local stack (Keycloak, Kafka, MongoDB-wire server, five services, gateway) with
#      dev-stack/stack.sh, on fresh data;
#   3. runs the system tests (system-tests, profile system-tests) through the gateway with real Keycloak tokens;
#   4. stops everything it started, by PID, whatever happened.
# Between 1 and 2, deploy/check-deploy-files.sh validates docker-compose.yml and k8s/ offline.
# Options: --skip-system (steps 1 only), --only-system (steps 2-4 on an already built tree), --fault-drills (also the
# slow fault drills of the system tests: Kafka stopped 60 s under write load, MongoDB-wire restarted).
set -euo pipefail
cd "$(dirname "$0")"

run_build=true
run_system=true
system_opts=()
for arg in "$@"; do
  case "$arg" in
    --skip-system) run_system=false ;;
    --only-system) run_build=false ;;
    --fault-drills) system_opts+=(-Dfault.drills=true) ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done

MVN=(mvn -B -ntp -e)
started=$(date +%s)

if $run_build; then
  echo "== [1/3] build, unit and integration tests"
  "${MVN[@]}" install
fi

if $run_build; then
  echo "== deployment files (compose, Kubernetes) checked offline"
  deploy/check-deploy-files.sh
fi

if $run_system; then
  echo "== [2/3] start the local stack"
  # headless Chromium, curl and jq for the browser test and the guide's examples (installed once, with apt)
  system-tests/ensure-browser-tools.sh
  trap 'echo "== stopping the local stack"; dev-stack/stack.sh stop || true' EXIT
  dev-stack/stack.sh start --fresh --no-build
  echo "== [3/3] system tests through the gateway"
  "${MVN[@]}" -pl system-tests verify -Psystem-tests ${system_opts[@]+"${system_opts[@]}"}
fi

echo "== test.sh finished in $(( $(date +%s) - started )) s"
