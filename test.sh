#!/usr/bin/env bash
# The platform's test command (README, CI):
#   1. mvn install: every module's unit tests and integration tests (embedded KRaft Kafka, MongoDB-wire server,
#      test JWT keys), and the jars, Keycloak distribution and broker classpath the local stack runs from;
#   2. starts the real local stack (Keycloak, Kafka, MongoDB-wire server, five services, gateway) with
#      dev-stack/stack.sh, on fresh data;
#   3. runs the system tests (system-tests, profile system-tests) through the gateway with real Keycloak tokens;
#   4. stops everything it started, by PID, whatever happened.
# Between 1 and 2, deploy/check-deploy-files.sh validates docker-compose.yml and k8s/ offline.
#   3b. then, on the same stack, the fault drills (FaultDrillSystemIT: Kafka stopped 60 s under write load, the
#      MongoDB-wire server restarted): last, so that no other test runs while a broker or the database is away.
# Options: --skip-system (step 1 only), --only-system (steps 2-4 on an already built tree), --no-fault-drills (skip
# step 3b, about 100 s).
set -euo pipefail
cd "$(dirname "$0")"

run_build=true
run_system=true
fault_drills=true
for arg in "$@"; do
  case "$arg" in
    --skip-system) run_system=false ;;
    --only-system) run_build=false ;;
    --fault-drills) fault_drills=true ;;   # the default; kept for scripts that still pass it
    --no-fault-drills) fault_drills=false ;;
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
  "${MVN[@]}" -pl system-tests verify -Psystem-tests
  if $fault_drills; then
    echo "== [3b/3] fault drills on the same stack (Kafka stopped 60 s under load, MongoDB-wire restarted)"
    "${MVN[@]}" -pl system-tests verify -Psystem-tests -Dfault.drills=true -Dit.test=FaultDrillSystemIT \
      -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
  fi
fi

echo "== test.sh finished in $(( $(date +%s) - started )) s"
