#!/usr/bin/env bash
# Public disclosure (公示) needs no token; data scope: a person sees the records of their agency or region only,
# and a record outside it answers 404 (not 403: its existence is not disclosed).
source "$(dirname "$0")/lib.sh"

call 200 GET "/api/catalog/v1/public/items?page=0&size=3"
echo "     $(body .totalElements) published items"

# an officer of 海州区市场监督管理局 (agencyCode 11320706300200020C, regionCode 320706)
OFFICER=$(dev_user_token hz-officer)
call 200 GET "/api/catalog/v1/items?size=1" -H "Authorization: Bearer $OFFICER"
# officers do not write the catalog: 403 ACCESS_DENIED before the body is looked at (even an empty one)
call 403 POST /api/catalog/v1/items -H "Authorization: Bearer $OFFICER" -H "Content-Type: application/json" -d '{}'
[[ "$(body .code)" == ACCESS_DENIED ]]
# an unknown id (or one outside the caller's scope) is 404 NOT_FOUND
call 404 GET /api/catalog/v1/items/does-not-exist -H "Authorization: Bearer $OFFICER"
[[ "$(body .code)" == NOT_FOUND ]]
