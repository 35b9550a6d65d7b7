#!/usr/bin/env bash
# Quarkus augmentation of the unpacked Keycloak (LOCAL-RUN.md §2): kc.sh build --db=dev-file --health-enabled=true
# --http-management-health-enabled=false. Run by Maven at package (exec-maven-plugin). It takes 20-40 s of CPU on two
# cores, so it is skipped when target/keycloak/.kc-build-stamp shows the same version and options were built already
# (the stamp is inside target/keycloak: a clean or a fresh unpack removes it). FORCE=true rebuilds.
set -euo pipefail
KC_HOME=${1:?usage: kc-build.sh <kc.home> [force]}
FORCE=${2:-false}
OPTS=(--db=dev-file --health-enabled=true --http-management-health-enabled=false)
STAMP="$KC_HOME/.kc-build-stamp"
WANT="$(cat "$KC_HOME/version.txt" 2>/dev/null | head -1) ${OPTS[*]}"
if [[ "$FORCE" != true && -f "$STAMP" && "$(cat "$STAMP")" == "$WANT" ]]; then
  echo "kc-build: $KC_HOME already built ($WANT); skipping (-Dkc.prebuild.force=true rebuilds)"
  exit 0
fi
rm -f "$STAMP"
"$KC_HOME/bin/kc.sh" build "${OPTS[@]}"
echo "$WANT" > "$STAMP"
