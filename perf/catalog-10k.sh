#!/usr/bin/env bash
# Benchmark of the catalog at 10 000 items: the time to import two 5 000-row spreadsheets (CSV and XLSX)
# through the gateway, then the latency of a filtered, sorted page of the catalog through the gateway
# (p50/p95/p99 over sequential and concurrent requests). Targets: import of 5 000 rows <= 10 s; filtered page p95
# <= 50 ms.
#
#   perf/catalog-10k.sh [--requests N] [--concurrency N] [--warmup N]
#
# Needs a running stack (dev-stack/stack.sh start) with the gateway's rate limit out of the way:
#   ENFORCEMENT_GATEWAY_RATELIMIT_ENABLED=false dev-stack/stack.sh start
# Re-runnable: item codes 3207-MKT-{PEN,INS}-4000..8999 are used; rows whose code exists are skipped
# (validOnly=true), so a second run measures an import of duplicates only (the report says how many were new).
# Only python3 (standard library) and curl are needed. The figures are for this box: every JVM, the MongoDB-wire
# server and this client share the same cores.
set -euo pipefail
cd "$(dirname "$0")/.."

REQUESTS=1000 CONCURRENCY=4 WARMUP=300
while [[ $# -gt 0 ]]; do
  case "$1" in
    --requests) REQUESTS=$2; shift ;;
    --concurrency) CONCURRENCY=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

GATEWAY=${GATEWAY_URL:-http://127.0.0.1:8080}
KEYCLOAK=${KEYCLOAK_URL:-http://127.0.0.1:8180}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# shellcheck source=lib/common.sh
source perf/lib/common.sh
token() { user_token "$1"; }

ADMIN=$(token catalog-admin)
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $ADMIN" "$GATEWAY/api/catalog/v1/dictionaries")
[[ "$code" == 200 ]] || { echo "the gateway answered $code; is the stack up?" >&2; exit 1; }

# two files of 5 000 rows each, in the layout of GET /api/catalog/v1/items/export
python3 - "$WORK" <<'PY'
import csv, sys, os
work = sys.argv[1]
header = ["itemCode", "name", "itemType", "domain", "settingBasis", "implementingBasis", "implementingAgencyCodes",
          "handlingUnit", "exerciseLevels", "exerciseMode", "randomCheckItem", "validFrom"]
agencies = "1132070030010002XW;11320706300200020C;11320722300400022W"
def rows(segment, item_type, random_check):
    for seq in range(4000, 9000):
        basis = "中华人民共和国食品安全法|第%d条" % (seq % 150 + 1)
        yield ["3207-MKT-%s-%04d" % (segment, seq), "基准测试事项 %s %04d" % (segment, seq), item_type, "MARKET",
               basis, basis, agencies, "执法稽查科", "CITY;COUNTY", "DIRECT", random_check, "2025-01-01"]
with open(os.path.join(work, "penalties.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(header); w.writerows(rows("PEN", "PENALTY", "false"))
with open(os.path.join(work, "inspections.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(header); w.writerows(rows("INS", "INSPECTION", "true"))
PY

import_file() {
  local file=$1
  curl -s -o "$WORK/report.json" -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $ADMIN" \
    -F "file=@$file" "$GATEWAY/api/catalog/v1/items/import?validOnly=true"
}

printf '\n%-24s %6s %8s %9s %9s\n' file status seconds imported invalid
for name in penalties.csv inspections.csv; do
  read -r status seconds < <(import_file "$WORK/$name")
  read -r imported invalid < <(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r.get("imported", r.get("report", {}).get("imported", 0)), r.get("invalidRows", "-"))' "$WORK/report.json")
  printf '%-24s %6s %8s %9s %9s\n' "$name" "$status" "$seconds" "$imported" "$invalid"
done

# export the imported penalties as XLSX and import that file again (all duplicates: measures parsing + checks)
read -r status seconds < <(curl -s -o "$WORK/export.xlsx" -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $ADMIN" \
  "$GATEWAY/api/catalog/v1/items/export?format=xlsx&itemType=PENALTY&q=%E5%9F%BA%E5%87%86%E6%B5%8B%E8%AF%95")
printf '%-24s %6s %8s %9s %9s\n' "export.xlsx (5 000 rows)" "$status" "$seconds" "-" "-"
if [[ "$status" == 200 ]]; then
  read -r status seconds < <(import_file "$WORK/export.xlsx")
  printf '%-24s %6s %8s %9s %9s\n' "export.xlsx (re-import)" "$status" "$seconds" "-" "-"
fi

# imported rows are drafts, visible to catalog admins only: the page is measured with the catalog admin's token
python3 - "$GATEWAY" "$ADMIN" "$REQUESTS" "$CONCURRENCY" "$WARMUP" <<'PY'
import sys, time, urllib.request, statistics, threading, random
gateway, token, n, conc, warmup = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
def url():
    page = random.randint(0, 40)
    return (gateway + "/api/catalog/v1/items?itemType=PENALTY&domain=MARKET&level=COUNTY"
            "&agencyCode=11320706300200020C&sort=itemCode,desc&size=20&page=%d" % page)
def call():
    req = urllib.request.Request(url(), headers={"Authorization": "Bearer " + token})
    t = time.perf_counter()
    with urllib.request.urlopen(req) as r:
        r.read()
        assert r.status == 200, r.status
    return (time.perf_counter() - t) * 1000
for _ in range(warmup):
    call()
def run(threads):
    lat, lock = [], threading.Lock()
    def worker(k):
        for _ in range(k):
            ms = call()
            with lock:
                lat.append(ms)
    ts = [threading.Thread(target=worker, args=(n // threads,)) for _ in range(threads)]
    start = time.perf_counter()
    [t.start() for t in ts]; [t.join() for t in ts]
    took = time.perf_counter() - start
    lat.sort()
    q = lambda p: lat[min(len(lat) - 1, int(len(lat) * p))]
    print("%-26s %6d %8.0f %8.1f %8.1f %8.1f" % ("filtered page, c%d" % threads, len(lat), len(lat) / took,
          q(0.50), q(0.95), q(0.99)))
print("\n%-26s %6s %8s %8s %8s %8s" % ("measure", "n", "req/s", "p50_ms", "p95_ms", "p99_ms"))
run(1)
run(conc)
PY
