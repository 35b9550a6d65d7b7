#!/usr/bin/env bash
# Writes: Idempotency-Key (a retried POST returns the first result), ETag / If-Match (a stale update is 409
# VERSION_CONFLICT). Writes to the catalog are for catalog administrators: here the dev realm's `catalog-admin`
# (password grant: dev and test stacks only).
source "$(dirname "$0")/lib.sh"

TOKEN=$(dev_user_token catalog-admin)
AUTH=(-H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json")
CODE="3207-MKT-PEN-$(( RANDOM % 9000 + 1000 ))"
ITEM=$(jq -n --arg code "$CODE" '{
  itemCode: $code, name: "对未取得食品经营许可从事食品经营活动的行政处罚（接入示例）",
  itemType: "PENALTY", domain: "MARKET",
  settingBasis: [{lawName: "中华人民共和国食品安全法", article: "第一百二十二条", paragraph: "第一款"}],
  implementingBasis: [{lawName: "中华人民共和国食品安全法", article: "第一百二十二条", paragraph: "第一款"}],
  implementingAgencyCodes: ["1132070030010002XW", "11320706300200020C"],
  handlingUnit: "执法稽查科", exerciseLevels: ["CITY", "COUNTY"], exerciseMode: "DIRECT", validFrom: "2025-01-01"}')
KEY=$(cat /proc/sys/kernel/random/uuid 2>/dev/null || uuidgen)

# create with an Idempotency-Key: 201, Location and ETag
call 201 POST /api/catalog/v1/items "${AUTH[@]}" -H "Idempotency-Key: $KEY" -d "$ITEM"
ID=$(body .id); ETAG=$(header ETag)
echo "     id $ID, ETag $ETAG, Location $(header Location)"

# the same request again (a retry after a timeout): the stored first answer, marked as replayed
call 201 POST /api/catalog/v1/items "${AUTH[@]}" -H "Idempotency-Key: $KEY" -d "$ITEM"
[[ "$(body .id)" == "$ID" && "$(header Idempotency-Replayed)" == true ]]

# the same key with another body: 422 IDEMPOTENCY_KEY_REUSED
call 422 POST /api/catalog/v1/items "${AUTH[@]}" -H "Idempotency-Key: $KEY" -d "$(jq '.name += "!"' <<< "$ITEM")"

# read: the version is the ETag
call 200 GET "/api/catalog/v1/items/$ID" "${AUTH[@]}"
[[ "$(header ETag)" == "$ETAG" ]]

# update the draft with If-Match = the version read: 200 and a new ETag
call 200 PUT "/api/catalog/v1/items/$ID" "${AUTH[@]}" -H "If-Match: $ETAG" -d "$(jq '.handlingUnit = "法制科"' <<< "$ITEM")"
NEW_ETAG=$(header ETag)
[[ "$NEW_ETAG" != "$ETAG" ]]

# the old version again: 409 VERSION_CONFLICT with the current version
call 409 PUT "/api/catalog/v1/items/$ID" "${AUTH[@]}" -H "If-Match: $ETAG" -d "$ITEM"
echo "     code $(body .code), currentVersion $(body .currentVersion)"
[[ "$(body .code)" == VERSION_CONFLICT ]]
