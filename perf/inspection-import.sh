#!/usr/bin/env bash
# Bulk import rate of the inspected-entity directory 检查对象名录库 (issue: "bulk import rate"):
#   POST /api/inspections/v1/entities/import   (text/csv, streamed by the service, answers the row report)
# as hz-agency-admin (海州区, region 320706) through the gateway, in files of --file-rows rows (the gateway refuses
# bodies over 10 MB: ~100 bytes a row, so 50 000 rows a file), then every row changed (renamed: updates), then the
# same files again (unchanged rows), and with --direct the first files again directly to inspection-service (port
# 8084). Generated rows: valid USCCs
# (GB 32100 check character) with a run id, so runs never collide, 6 entity types, licences, key-supervision flags
# (no credit class: only the credit system sets it), plus 0.5 % deliberately bad rows (checksum) that the report must reject.
#
#   perf/inspection-import.sh [--rows N] [--file-rows N] [--direct]     # default 200 000 rows
#   perf/inspection-import.sh --smoke                                   # 5 000 rows
#
# Needs a running stack with inspection-service and the gateway (dev-stack/stack.sh start --only
# infra,inspection-service,gateway; ENFORCEMENT_GATEWAY_RATELIMIT_ENABLED=false), curl and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/common.sh
source perf/lib/common.sh

ROWS=200000 FILE_ROWS=50000 DIRECT=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rows) ROWS=$2; shift ;;
    --file-rows) FILE_ROWS=$2; shift ;;
    --direct) DIRECT=true ;;
    --smoke) ROWS=5000 FILE_ROWS=2500 ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
GATEWAY=${GATEWAY_URL:-http://127.0.0.1:8080}
SERVICE=${INSPECTION_SERVICE_URL:-http://127.0.0.1:8084}
WORK=perf/.data/inspection-import
rm -rf "$WORK" && mkdir -p "$WORK"

python3 - "$ROWS" "$FILE_ROWS" "$WORK" <<'PY'
import random, sys, time
rows, per_file, work = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
assert rows <= 0xFFFFF, "at most 1 048 575 rows a run"
CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc(body17):
    s = sum(CHARS.index(c) * w for c, w in zip(body17, W))
    return body17 + CHARS[(31 - s % 31) % 31]
rnd = random.Random(20261203)
t = int(time.time() // 2)   # a run id of 4 symbols of the code alphabet (changes every 2 s, repeats after ~21 days)
run = "".join(CHARS[t // 31 ** k % 31] for k in range(4))
types = ["ENTERPRISE"] * 6 + ["INDIVIDUAL_BUSINESS"] * 3 + ["FARMER_COOP", "PUBLIC_INSTITUTION", "OTHER"]
industries = ["C1431", "H6210", "F5211", "C3099", "G5810", "E4813"]
licences = ["", "FOOD_SERVICE", "FOOD_PRODUCTION", "FOOD_SERVICE;SPECIAL_EQUIPMENT"]
bad = 0
header = "uscc,name,entityType,regionCode,industryCode,registrationStatus,licences,keySupervision\n"
for f in range((rows + per_file - 1) // per_file):
    with open("%s/part-%03d.csv" % (work, f), "w", encoding="utf-8") as out, \
            open("%s/upd-%03d.csv" % (work, f), "w", encoding="utf-8") as upd:
        out.write(header)
        upd.write(header)
        for i in range(f * per_file, min(rows, (f + 1) * per_file)):
            body = "91320706" + run + "%05X" % i   # 17 symbols: up to 1 048 575 rows a run
            code = uscc(body[:17])
            if i % 200 == 199:   # 0.5 % bad rows: a wrong check character
                code = code[:17] + ("0" if code[17] != "0" else "1")
                bad += 1
            row = [code, "连云港海州性能测试企业%s%d" % (run, i), rnd.choice(types), "320706", rnd.choice(industries),
                   "EXISTING", rnd.choice(licences), "true" if rnd.random() < 0.05 else "false"]
            out.write(",".join(row) + "\n")
            row[1] += "（迁址）"   # the second pass changes every row: a renamed entity with a new address
            upd.write(",".join(row) + "\n")
with open(work + "/expected", "w") as e:
    e.write("%d %d\n" % (rows, bad))
print("generated %d rows (%d bad) in %d files, run id %s" % (rows, bad, (rows + per_file - 1) // per_file, run))
PY
read -r expect_rows expect_bad < "$WORK/expected"

token=$(user_token hz-agency-admin)
import_files() {   # $1 label, $2 base URL, $3 file prefix (part: new rows, upd: every row changed); prints totals
  local label=$1 base=$2 prefix=$3 created=0 updated=0 unchanged=0 rejected=0 rows=0 start end
  start=$(date +%s%N)
  for f in "$WORK"/"$prefix"-*.csv; do
    code=$(curl -s -o "$WORK/report.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $token" \
      -H 'Content-Type: text/csv' --data-binary "@$f" "$base/api/inspections/v1/entities/import")
    [[ $code == 200 ]] || { echo "$label: $f answered $code: $(head -c 400 "$WORK/report.json")" >&2; exit 1; }
    read -r r c u n j < <(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["rows"], d["created"], d["updated"], d["unchanged"], d["rejected"])' "$WORK/report.json")
    rows=$((rows + r)) created=$((created + c)) updated=$((updated + u)) unchanged=$((unchanged + n))
    rejected=$((rejected + j))
  done
  end=$(date +%s%N)
  local ms=$(( (end - start) / 1000000 ))
  printf '%-30s rows %7d  created %7d  updated %7d  unchanged %7d  rejected %5d  %7.1f s  %8.0f rows/s\n' \
    "$label" "$rows" "$created" "$updated" "$unchanged" "$rejected" "$(python3 -c "print($ms/1000)")" "$(python3 -c "print($rows*1000/max($ms,1))")"
  [[ $rejected == "$expect_bad" ]] || { echo "expected $expect_bad rejected rows, got $rejected" >&2; exit 1; }
}
mib=$(du -cm "$WORK"/upd-*.csv | tail -1 | cut -f1)
echo "importing $expect_rows rows (${mib} MiB in $(ls "$WORK"/part-*.csv | wc -l) files of <= $FILE_ROWS rows) through $GATEWAY"
import_files "gateway, new rows" "$GATEWAY" part
import_files "gateway, every row changed" "$GATEWAY" upd
import_files "gateway, same rows again" "$GATEWAY" upd
if $DIRECT; then
  import_files "direct, every row changed" "$SERVICE" part
fi
