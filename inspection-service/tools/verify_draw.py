#!/usr/bin/env python3
"""Stand-alone recomputation of a 双随机 draw, algorithm SHA256-RANK-v1 (python3 standard library only).

Independent of the service's Java code: it implements the procedure in inspection-service/README.md
("Verifying a draw") from its text.

  verify_draw.py public  announcement.json   # anyone: GET /v1/public/spot-checks/{id}/draw-verification
  verify_draw.py audit   audit.json          # judicial bureau / auditor: GET /v1/spot-checks/{id}/draw-log/audit

Exit status 0 when every check passes, 1 otherwise.
"""
import hashlib
import json
import math
import sys
from decimal import Decimal, ROUND_CEILING

ALGORITHM = "SHA256-RANK-v1"
CLASSES = ["A", "B", "C", "D"]


def sha(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def rank(text):
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def seed_of(task_id, drawn_at, nonce, population_hash):
    return sha(f"{ALGORITHM}|{task_id}|{drawn_at}|{nonce}|{population_hash}")


def result_hash(drawn):
    h = hashlib.sha256()
    for e in drawn:
        h.update(f"{e['rank']},{e['uscc']},{';'.join(e['inspectorIds'])}\n".encode("utf-8"))
    return h.hexdigest()


def check_public(a):
    failures = []
    if sha(a.get("nonce") or "") != a["nonceHash"]:
        failures.append("NONCE_COMMITMENT_MISMATCH")
    if seed_of(a["taskId"], a["drawnAt"], a.get("nonce") or "", a["populationHash"]) != a["seed"]:
        failures.append("SEED_MISMATCH")
    if result_hash(a["drawn"]) != a["resultHash"]:
        failures.append("RESULT_MISMATCH")
    return failures


def sample_size(size, ratio, minimum):
    if size <= 0:
        return 0
    by_ratio = int((Decimal(size) * Decimal(ratio)).to_integral_value(rounding=ROUND_CEILING))
    return min(size, max(minimum, by_ratio))


def recompute(a):
    population = sorted({p["uscc"]: p for p in a["population"]}.values(), key=lambda p: p["uscc"])
    population_hash = hashlib.sha256("".join(p["uscc"] + "\n" for p in population).encode()).hexdigest()
    strata_hash = hashlib.sha256("".join(f"{p['uscc']},{p['creditClass']}\n" for p in population).encode()).hexdigest()
    seed = seed_of(a["taskId"], a["drawnAt"], a["nonce"], population_hash)
    ranked = [(rank(f"{seed}|E|{p['uscc']}"), p["uscc"], p["creditClass"]) for p in population]
    chosen = []
    for c in CLASSES:
        stratum = sorted(r for r in ranked if r[2] == c)
        ratio = a["ratios"][c]
        chosen += stratum[:sample_size(len(stratum), ratio["ratio"], ratio.get("minCount", 0))]
    chosen.sort()
    drawn = []
    for i, (_, uscc, _) in enumerate(chosen, start=1):
        pools = a["eligibleInspectors"].get(uscc, {"own": [], "fallback": []})
        previous = set(a.get("previousTeams", {}).get(uscc, []))
        shuffled, j = [], 0
        for pool in (sorted(pools["own"]), sorted(pools["fallback"])):
            ids = list(pool)
            for p in range(len(ids)):
                swap = p + rank(f"{seed}|I|{uscc}|{j}") % (len(ids) - p)
                ids[p], ids[swap] = ids[swap], ids[p]
                j += 1
            shuffled += ids
        team, skipped, from_previous = [], [], 0
        for officer in shuffled:
            if len(team) == a["teamSize"]:
                break
            if officer in previous:
                if from_previous >= 1:
                    skipped.append(officer)
                    continue
                from_previous += 1
            team.append(officer)
        for officer in skipped:
            if len(team) == a["teamSize"]:
                break
            team.append(officer)
        drawn.append({"rank": i, "uscc": uscc, "inspectorIds": team})
    return population_hash, strata_hash, seed, drawn


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("public", "audit"):
        print(__doc__)
        return 2
    with open(sys.argv[2], encoding="utf-8") as f:
        a = json.load(f)
    failures = check_public(a)
    if sys.argv[1] == "audit":
        population_hash, strata_hash, seed, drawn = recompute(a)
        if population_hash != a["populationHash"]:
            failures.append("POPULATION_HASH_MISMATCH")
        if strata_hash != a["strataHash"]:
            failures.append("STRATA_HASH_MISMATCH")
        mine = [(e["rank"], e["uscc"], e["inspectorIds"]) for e in drawn]
        theirs = [(e["rank"], e["uscc"], e["inspectorIds"]) for e in a["drawn"]]
        if mine != theirs:
            failures.append("RESULT_MISMATCH")
        print(f"recomputed seed {seed}; {len(drawn)} entities drawn from {len(a['population'])}")
    print("VERIFIED" if not failures else "FAILED: " + ", ".join(dict.fromkeys(failures)))
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
