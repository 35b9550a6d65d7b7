#!/usr/bin/env bash
# A government system reads through the gateway with its own client (client credentials): token, paging,
# problems. `gov-systems` has the realm role `integration` and the claim regionCode=320700 (its data scope).
#   KC_GOV_SYSTEMS_CLIENT_SECRET (dev default gov-systems-dev-secret)
source "$(dirname "$0")/lib.sh"

TOKEN=$(client_credentials_token gov-systems "${KC_GOV_SYSTEMS_CLIENT_SECRET:-gov-systems-dev-secret}")
AUTH=(-H "Authorization: Bearer $TOKEN")

# the shared dictionaries (enforcement domains, item types, ... with Chinese names)
call 200 GET /api/catalog/v1/dictionaries "${AUTH[@]}"

# a page of items: {content, page, size, totalElements}; size at most 200, sort=field,asc|desc
call 200 GET "/api/catalog/v1/items?page=0&size=5&sort=itemCode,asc" "${AUTH[@]}"
echo "     page $(body .page), size $(body .size), totalElements $(body .totalElements)"

# too large a page: 400 problem+json with a stable code (messages in zh or en by Accept-Language)
call 400 GET "/api/catalog/v1/items?size=500" "${AUTH[@]}" -H "Accept-Language: en"
[[ "$(header Content-Type)" == application/problem+json* ]]
echo "     code $(body .code): $(body .detail)"
[[ "$(body .code)" == PAGE_SIZE_TOO_LARGE ]]

# no token: 401 problem UNAUTHENTICATED
call 401 GET /api/catalog/v1/items
[[ "$(body .code)" == UNAUTHENTICATED ]]

# a system may not write the catalog: 403 problem ACCESS_DENIED (decided before the body is read)
call 403 POST /api/catalog/v1/items "${AUTH[@]}" -H "Content-Type: application/json" -d '{}'
echo "     code $(body .code)"
