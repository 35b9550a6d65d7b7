# Shared by the benchmark scripts (source it; needs curl and python3). KEYCLOAK (default http://127.0.0.1:8180) is
# read when a token is asked for.

# An access token of a realm test user (password grant through the gateway client; the dev password is <user>-pass).
user_token() {
  local user=${1:-hz-officer}
  curl -sf -d grant_type=password -d client_id=enforcement-gateway \
    -d client_secret="${KC_GATEWAY_CLIENT_SECRET:-gateway-dev-secret}" -d username="$user" -d password="$user-pass" \
    "${KEYCLOAK:-http://127.0.0.1:8180}/realms/enforcement/protocol/openid-connect/token" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

# CPU time (user + system, in clock ticks) a process has used so far; 0 when it is gone.
pid_ticks() { awk '{print $14+$15}' "/proc/$1/stat" 2> /dev/null || echo 0; }

# The same for a component of the local stack, by its pid file in dev-stack/data/pids (0 when not running).
component_ticks() {
  local f="${DEV_STACK_DATA:-dev-stack/data}/pids/$1.pid"
  if [[ -f "$f" ]]; then pid_ticks "$(cat "$f")"; else echo 0; fi
}

# wrk from the Debian package, installed with apt-get when missing (as root; `apt-get update` only when needed)
ensure_wrk() {
  command -v wrk > /dev/null && return 0
  if [[ $(id -u) == 0 ]] && command -v apt-get > /dev/null; then
    apt-get install -y -q wrk > /dev/null 2>&1 || { apt-get update -q > /dev/null && apt-get install -y -q wrk > /dev/null; }
  fi
  command -v wrk > /dev/null || { echo "wrk is needed (Debian package wrk)" >&2; exit 1; }
}
