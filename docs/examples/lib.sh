# Shared by the examples (sourced): where the stack is, how to get tokens, and `call`, which prints a request's
# status and fails the script when the status is not the expected one. Needs curl and jq.
#   GATEWAY   the gateway (default http://localhost:8080)
#   ISSUER    the realm (default http://localhost:8180/realms/enforcement)
# Secrets come from the environment (dev defaults of the dev stack's realm shown here; never real ones in scripts).
set -euo pipefail
GATEWAY="${GATEWAY:-http://localhost:8080}"
ISSUER="${ISSUER:-http://localhost:8180/realms/enforcement}"
TOKEN_URL="$ISSUER/protocol/openid-connect/token"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

# client_credentials_token CLIENT_ID CLIENT_SECRET -> access token (systems)
client_credentials_token() {
  curl -sS --fail-with-body "$TOKEN_URL" -d grant_type=client_credentials -d client_id="$1" \
    --data-urlencode client_secret="$2" | jq -r .access_token
}

# dev_user_token USERNAME -> access token of a dev/test realm user (password grant of the dev-only client
# enforcement-gateway; production has no password grant: people log in with authorization code + PKCE)
dev_user_token() {
  curl -sS --fail-with-body "$TOKEN_URL" -d grant_type=password -d client_id=enforcement-gateway \
    --data-urlencode client_secret="${KC_GATEWAY_CLIENT_SECRET:-gateway-dev-secret}" \
    -d username="$1" --data-urlencode password="$1-pass" | jq -r .access_token
}

# call EXPECTED_STATUS METHOD PATH [curl options...]: body in $OUT/body, headers in $OUT/headers
call() {
  local expected=$1 method=$2 path=$3; shift 3
  local status
  status=$(curl -sS -o "$OUT/body" -D "$OUT/headers" -w '%{http_code}' -X "$method" "$@" "$GATEWAY$path")
  if [[ "$status" != "$expected" ]]; then
    echo "FAIL $method $path: expected $expected, got $status" >&2
    cat "$OUT/body" >&2; echo >&2
    exit 1
  fi
  echo "ok   $status $method $path"
}

# header NAME: a response header of the last call (case-insensitive), without CR
header() { grep -i "^$1:" "$OUT/headers" | head -1 | cut -d' ' -f2- | tr -d '\r'; }

# body JQ_FILTER: a value of the last call's JSON body
body() { jq -r "$1" "$OUT/body"; }
