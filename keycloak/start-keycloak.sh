#!/usr/bin/env bash
# Starts the pre-built Keycloak from target/keycloak (mvn -pl keycloak package; built = target/keycloak/.kc-build-stamp) in production mode on loopback,
# with realm import from target/keycloak/data/import (IGNORE_EXISTING: an existing realm is not overwritten). The build
# puts the dev/test realm there (production realm + keycloak/realm-dev overlay, see RealmOverlay).
# exec: this script's PID becomes kc.sh's PID; kc.sh forwards SIGTERM to the Keycloak JVM.
#
# Environment (all optional):
#   KC_PORT                         HTTP port (default 8180); hostname is fixed to http://localhost:$KC_PORT,
#                                   so the issuer is http://localhost:$KC_PORT/realms/enforcement whatever host is used
#   KC_HEAP                         JVM heap options (default "-Xms64m -Xmx512m")
#   KC_BOOTSTRAP_ADMIN_USERNAME/PASSWORD   master-realm admin created on first start (default admin/admin)
#   KC_GATEWAY_CLIENT_SECRET, KC_GOV_SYSTEMS_CLIENT_SECRET, KC_PROVINCIAL_EXCHANGE_CLIENT_SECRET,
#   KC_TOKEN_EXPIRY_PROBE_SECRET, KC_HOTLINE_CLIENT_SECRET
#                                   client secrets used at realm import (dev defaults in the dev overlay)
# Extra arguments are passed to kc.sh start.
set -euo pipefail
cd "$(dirname "$0")" && cd "$(pwd -P)"
KC_HOME="$PWD/target/keycloak"
if [[ ! -x "$KC_HOME/bin/kc.sh" || ! -f "$KC_HOME/.kc-build-stamp" ]]; then
  echo "Keycloak is not built: run 'mvn -B -DskipTests -pl keycloak package' from the repository root" >&2
  exit 1
fi
PORT=${KC_PORT:-8180}
# kc.sh reads JAVA_OPTS_KC_HEAP for the heap; --add-opens avoids an exception at shutdown on Java 24+
export JAVA_OPTS_KC_HEAP="${KC_HEAP:--Xms64m -Xmx512m}"
export JAVA_OPTS_APPEND="${JAVA_OPTS_APPEND:-} --add-opens=java.base/java.lang=ALL-UNNAMED"
export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}
export KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}
exec "$KC_HOME/bin/kc.sh" start --optimized --http-enabled=true --http-host=127.0.0.1 --http-port="$PORT" \
  --hostname="http://localhost:$PORT" --cache=local --import-realm "$@"
