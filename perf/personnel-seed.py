#!/usr/bin/env python3
"""Seed of the personnel benchmarks: N enforcement officers of 海州区市场监督管理局 (11320706300200020C),
each with an ACTIVE enforcement certificate, created through the gateway with the real endpoints:

    POST /api/personnel/v1/officers                      (hz-agency-admin)
    POST /api/personnel/v1/certificates                  (hz-agency-admin: MARKET / 320706)
    POST /api/personnel/v1/certificates/{id}/approve     (hz-supervisor, If-Match = version of the application)
    POST /api/personnel/v1/certificates/{id}/issue       (hz-supervisor, If-Match, certificate number)

    perf/personnel-seed.py [--count N] [--threads 8] [--out FILE] [--gateway URL] [--keycloak URL]

Defaults: N = 20 000, 8 threads with one keep-alive connection each (http.client), output
perf/.data/personnel-seed.tsv (git-ignored). Needs a running stack with the gateway's per-client rate limit
out of the way (ENFORCEMENT_GATEWAY_RATELIMIT_ENABLED=false dev-stack/stack.sh start --only
infra,personnel-service,gateway); with the limit on it still works, slowly: 429 and 503 are retried after
Retry-After (or a backoff). Python 3 standard library only.

Synthetic data, deterministic per index i (0 <= i < N), so that a re-run creates the same people:
  - citizen ID number (GB 11643): region 3207xx (320703/320706/320707/320722/320723/320724), birth date between
    1966-01-01 and 2000-12-31 (a permutation of the days, so neighbouring indexes are not neighbouring birthdays),
    sequence 500..999 (odd = male, even = female; the sample people of DOMAIN.md §3.6 use sequences below 100),
    check digit (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, map 1 0 X 9 8 7 6 5 4 3 2); unique for i < 3 million;
  - certificate number JSZF-320706-<year of issue>-<5 digits> as in DOMAIN.md §3.6, serial 20000 + i (numbers below
    20000 are left to hand-made data), validity from today, default 5 years.

Resumable and idempotent: the output file is an append-only log, one line per officer and state
(index, officerId, certificateId, certificateNo, status; the last line of an index wins). A re-run with the same
or a larger N skips the indexes already ACTIVE (or REVOKED by personnel-revocation-latency.sh) and only fills the
gap; an interrupted officer is picked up where it stopped (409 OFFICER_ID_CARD_DUPLICATE -> the officer is
looked up by its ID number; an application or approval already made -> continued from the certificate's state).
Before trusting the file it checks a sample of its officers against the service (after `stack.sh start --fresh`
the file is stale: it is moved aside and the seed starts over). At the end the file is rewritten compacted.

Prints the throughput of the load (officers/s, requests/s) and the latency of each call type over the run and per
progress interval, which shows whether the writes slow down as the register grows.
"""
import argparse
import datetime
import http.client
import json
import os
import random
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

AGENCY_CODE = "11320706300200020C"   # 海州区市场监督管理局 (A12)
AGENCY_REGION = "320706"
DOMAIN = "MARKET"
ID_REGIONS = ["320706", "320703", "320707", "320722", "320723", "320724"]
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"
BIRTH_FIRST = datetime.date(1966, 1, 1)
BIRTH_DAYS = (datetime.date(2000, 12, 31) - BIRTH_FIRST).days + 1   # 12 784
DAY_STEP = 7919                                                       # prime, coprime with BIRTH_DAYS
SERIAL_BASE = 20000
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文辉鹏飞宇晨浩然欣怡子轩雨婷海燕志红立新晓雯俊峰丹丹"
HELD = ("APPLIED", "APPROVED", "ACTIVE", "SUSPENDED", "LOST")
DONE = ("ACTIVE", "REVOKED")


def id_card_no(i):
    """The deterministic, valid, unique citizen ID number of index i."""
    day = (i * DAY_STEP) % BIRTH_DAYS
    rest = i // BIRTH_DAYS
    birth = BIRTH_FIRST + datetime.timedelta(days=day)
    region = ID_REGIONS[(i + rest) % len(ID_REGIONS)]
    seq = 500 + 2 * rest + (i % 2)             # (day, rest) is unique per i, and rest is in seq // 2
    if seq > 999:
        raise ValueError("index %d too large for unique ID numbers" % i)
    body = "%s%s%03d" % (region, birth.strftime("%Y%m%d"), seq)
    return body + CHECK[sum(int(c) * w for c, w in zip(body, WEIGHTS)) % 11]


def officer_body(i):
    idno = id_card_no(i)
    name = SURNAMES[i % len(SURNAMES)] + GIVEN[(i // len(SURNAMES)) % len(GIVEN)] + \
        GIVEN[(i * 7 + 3) % len(GIVEN)]
    return {
        "name": name, "idCardNo": idno, "agencyCode": AGENCY_CODE, "staffType": "CIVIL_SERVANT",
        "post": "执法稽查科", "education": ("BACHELOR", "JUNIOR_COLLEGE", "MASTER")[i % 3],
        "mobile": "139%08d" % (i % 100000000),
    }


def certificate_no(i, year):
    return "JSZF-%s-%d-%05d" % (AGENCY_REGION, year, SERIAL_BASE + i)


# ---------------------------------------------------------------- HTTP --------------------------------------------

class Tokens:
    """Access tokens per user (password grant of enforcement-gateway), fetched again 60 s before they expire."""

    def __init__(self, keycloak, secret):
        u = urllib.parse.urlsplit(keycloak)
        self.host, self.port = u.hostname, u.port or 80
        self.path = u.path.rstrip("/") + "/realms/enforcement/protocol/openid-connect/token"
        self.secret = secret
        self.lock = threading.Lock()
        self.cache = {}

    def get(self, user, force=False):
        with self.lock:
            tok, until = self.cache.get(user, (None, 0))
            if tok and not force and time.time() < until - 60:
                return tok
            body = urllib.parse.urlencode({"grant_type": "password", "client_id": "enforcement-gateway",
                                           "client_secret": self.secret, "username": user,
                                           "password": user + "-pass"})
            for attempt in range(10):
                try:
                    c = http.client.HTTPConnection(self.host, self.port, timeout=30)
                    c.request("POST", self.path, body, {"Content-Type": "application/x-www-form-urlencoded"})
                    r = c.getresponse()
                    data = r.read()
                    c.close()
                    if r.status == 200:
                        j = json.loads(data)
                        self.cache[user] = (j["access_token"], time.time() + j.get("expires_in", 300))
                        return j["access_token"]
                    err = "%d %s" % (r.status, data[:200])
                except OSError as e:
                    err = str(e)
                time.sleep(min(2 ** attempt * 0.2, 5))
            raise RuntimeError("no token for %s: %s" % (user, err))


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.lat = {}        # call -> [ms] over the run
        self.window = {}     # call -> [ms] since the last progress line
        self.requests = 0
        self.retries = 0
        self.statuses = {}

    def add(self, call, ms, status):
        with self.lock:
            self.lat.setdefault(call, []).append(ms)
            self.window.setdefault(call, []).append(ms)
            self.requests += 1
            key = "%s %d" % (call, status)
            self.statuses[key] = self.statuses.get(key, 0) + 1

    def take_window(self):
        with self.lock:
            w, self.window = self.window, {}
            return w


def pct(values, p):
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, int(len(s) * p))]


class Client:
    """One keep-alive connection per thread to the gateway; retries 429/503 and connection errors politely."""

    def __init__(self, gateway, tokens, stats):
        u = urllib.parse.urlsplit(gateway)
        self.host, self.port = u.hostname, u.port or 80
        self.tokens, self.stats = tokens, stats
        self.local = threading.local()

    def conn(self, fresh=False):
        c = getattr(self.local, "c", None)
        if c is None or fresh:
            if c is not None:
                c.close()
            c = http.client.HTTPConnection(self.host, self.port, timeout=60)
            self.local.c = c
        return c

    def call(self, name, method, path, user, body=None, if_match=None):
        """Returns (status, json body or None, headers dict)."""
        payload = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
        forced = False
        for attempt in range(12):
            headers = {"Authorization": "Bearer " + self.tokens.get(user), "Accept": "application/json",
                       "Accept-Language": "en"}
            if payload is not None:
                headers["Content-Type"] = "application/json"
            if if_match is not None:
                headers["If-Match"] = '"%s"' % if_match
            t = time.perf_counter()
            try:
                c = self.conn()
                c.request(method, path, payload, headers)
                r = c.getresponse()
                data = r.read()
            except (OSError, http.client.HTTPException):
                self.conn(fresh=True)
                self.stats.retries += 1
                time.sleep(min(0.2 * 2 ** attempt, 5))
                continue
            ms = (time.perf_counter() - t) * 1000
            self.stats.add(name, ms, r.status)
            if r.getheader("Connection", "").lower() == "close":
                self.conn(fresh=True)
            if r.status in (429, 502, 503, 504):
                self.stats.retries += 1
                ra = r.getheader("Retry-After")
                wait = float(ra) if ra and ra.isdigit() else min(0.25 * 2 ** attempt, 8)
                time.sleep(wait + random.random() * 0.2)
                continue
            if r.status == 401 and not forced:
                self.tokens.get(user, force=True)
                forced = True
                continue
            try:
                j = json.loads(data) if data else None
            except ValueError:
                j = None
            return r.status, j, {k.lower(): v for k, v in r.getheaders()}
        raise RuntimeError("%s %s: gave up after retries" % (method, path))


def etag_version(headers, body):
    e = headers.get("etag")
    if e:
        return e.strip('W/"')
    return str(body.get("version")) if body else None


# ---------------------------------------------------------------- seed file ---------------------------------------

class SeedFile:
    HEADER = "# personnel-seed: index\tofficerId\tcertificateId\tcertificateNo\tstatus (last line of an index wins)\n"

    def __init__(self, path):
        self.path = path
        self.lock = threading.Lock()
        self.records = {}
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if line.startswith("#") or not line.strip():
                        continue
                    p = line.rstrip("\n").split("\t")
                    if len(p) >= 5 and p[0].isdigit():
                        self.records[int(p[0])] = p[1:5]
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        self.out = None

    def open(self):
        new = not os.path.exists(self.path) or os.path.getsize(self.path) == 0
        self.out = open(self.path, "a", encoding="utf-8")
        if new:
            self.out.write(self.HEADER)

    def put(self, i, officer, cert, number, status):
        with self.lock:
            self.records[i] = [officer, cert or "-", number or "-", status]
            self.out.write("%d\t%s\t%s\t%s\t%s\n" % (i, officer, cert or "-", number or "-", status))
            self.out.flush()

    def compact(self):
        with self.lock:
            if self.out:
                self.out.close()
            tmp = self.path + ".tmp"
            with open(tmp, "w", encoding="utf-8") as f:
                f.write(self.HEADER)
                for i in sorted(self.records):
                    f.write("%d\t%s\n" % (i, "\t".join(self.records[i])))
            os.replace(tmp, self.path)
            self.out = open(self.path, "a", encoding="utf-8")

    def close(self):
        if self.out:
            self.out.close()


# ---------------------------------------------------------------- one officer -------------------------------------

ADMIN, SUPERVISOR = "hz-agency-admin", "hz-supervisor"
OFFICERS = "/api/personnel/v1/officers"
CERTS = "/api/personnel/v1/certificates"


def find_officer(client, idno):
    # ID numbers travel in the body, never in a URL
    s, j, _ = client.call("lookup-officer", "POST", OFFICERS + "/id-card-lookup", ADMIN, {"idCardNo": idno})
    if s == 200 and j and j.get("content"):
        return j["content"][0]["id"]
    return None


def find_certificate(client, officer_id):
    """The officer's held enforcement certificate (or the latest one), or None."""
    s, j, _ = client.call("lookup-certificate", "GET",
                          CERTS + "?officerId=%s&kind=ENFORCEMENT&size=50" % officer_id, SUPERVISOR)
    if s != 200 or not j:
        raise RuntimeError("certificate search answered %d: %s" % (s, j))
    certs = j.get("content", [])
    held = [c for c in certs if c["status"] in HELD]
    if held:
        return held[0]
    return certs[-1] if certs else None


def seed_one(client, seed, i, year):
    """Brings index i to an officer with an ACTIVE certificate; returns True when it did any work."""
    rec = seed.records.get(i)
    if rec and rec[3] in DONE:
        return False
    body = officer_body(i)
    officer_id = rec[0] if rec and rec[0] != "-" else None
    if officer_id is None:
        s, j, _ = client.call("register", "POST", OFFICERS, ADMIN, body)
        if s == 201:
            officer_id = j["id"]
        elif s == 409 and j and j.get("code") == "OFFICER_ID_CARD_DUPLICATE":
            officer_id = find_officer(client, body["idCardNo"])
            if officer_id is None:
                raise RuntimeError("index %d: ID number %s taken by an officer outside 海州区市场监管局"
                                   % (i, body["idCardNo"]))
        else:
            raise RuntimeError("index %d: register answered %d: %s" % (i, s, j))
        seed.put(i, officer_id, None, None, "REGISTERED")
        cert = None
    else:
        cert = find_certificate(client, officer_id)

    if cert is None or cert["status"] not in HELD + ("REVOKED",):
        s, j, h = client.call("apply", "POST", CERTS, ADMIN, {
            "officerId": officer_id, "certificateKind": "ENFORCEMENT", "enforcementDomains": [DOMAIN],
            "enforcementArea": [AGENCY_REGION], "authoritySource": "《中华人民共和国食品安全法》第一百一十条"})
        if s == 201:
            cert = j
            cert["version"] = etag_version(h, j)
        elif s == 409 and j and j.get("code") == "CERTIFICATE_ALREADY_HELD":
            cert = find_certificate(client, officer_id)
        else:
            raise RuntimeError("index %d: apply answered %d: %s" % (i, s, j))
    for _ in range(4):
        status, cid = cert["status"], cert["id"]
        if status in DONE:
            seed.put(i, officer_id, cid, cert.get("certificateNo"), status)
            return True
        if status == "APPLIED":
            s, j, h = client.call("approve", "POST", CERTS + "/%s/approve" % cid, SUPERVISOR,
                                  if_match=cert["version"])
        elif status == "APPROVED":
            s, j, h = client.call("issue", "POST", CERTS + "/%s/issue" % cid, SUPERVISOR,
                                  {"certificateNo": certificate_no(i, year)}, if_match=cert["version"])
        else:
            raise RuntimeError("index %d: certificate %s is %s, cannot be made ACTIVE" % (i, cid, status))
        if s == 200:
            cert = j
            cert["version"] = etag_version(h, j)
        elif s == 409:   # a lost response of an earlier try, or a stale version: read the state again
            cert = find_certificate(client, officer_id)
            if cert is None:
                raise RuntimeError("index %d: certificate %s vanished (%s)" % (i, cid, j))
        else:
            raise RuntimeError("index %d: %s answered %d: %s" % (i, status, s, j))
    raise RuntimeError("index %d: certificate %s did not become ACTIVE" % (i, cert["id"]))


# ---------------------------------------------------------------- main --------------------------------------------

def check_file(client, seed):
    """After a --fresh stack the file names officers that no longer exist: then it is moved aside."""
    done = [i for i, r in seed.records.items() if r[0] != "-"]
    if not done:
        return
    rnd = random.Random(42)
    sample = sorted(set([min(done), max(done)] + rnd.sample(done, min(18, len(done)))))
    missing = 0
    for i in sample:
        s, _, _ = client.call("check", "GET", OFFICERS + "/" + seed.records[i][0], ADMIN)
        if s == 404:
            missing += 1
        elif s != 200:
            raise RuntimeError("GET officer answered %d" % s)
    if missing:
        stale = seed.path + ".stale-%d" % int(time.time())
        print("seed file: %d of %d sampled officers do not exist (a fresh database?): moved to %s"
              % (missing, len(sample), stale))
        seed.close()
        os.replace(seed.path, stale)
        seed.records.clear()


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=int(os.environ.get("PERSONNEL_SEED_COUNT", 20000)))
    ap.add_argument("--threads", type=int, default=8)
    ap.add_argument("--out", default=os.path.join(here, ".data", "personnel-seed.tsv"))
    ap.add_argument("--gateway", default=os.environ.get("GATEWAY_URL", "http://127.0.0.1:8080"))
    ap.add_argument("--keycloak", default=os.environ.get("KEYCLOAK_URL", "http://127.0.0.1:8180"))
    ap.add_argument("--progress", type=float, default=10.0, help="seconds between progress lines")
    a = ap.parse_args()

    tokens = Tokens(a.keycloak, os.environ.get("KC_GATEWAY_CLIENT_SECRET", "gateway-dev-secret"))
    stats = Stats()
    client = Client(a.gateway, tokens, stats)
    seed = SeedFile(a.out)
    check_file(client, seed)
    seed.open()

    s, j, _ = client.call("count", "GET", OFFICERS + "?agencyCode=%s&size=1" % AGENCY_CODE, ADMIN)
    if s != 200:
        print("GET /officers answered %d (%s); is the stack up?" % (s, j), file=sys.stderr)
        return 1
    todo = [i for i in range(a.count) if not (seed.records.get(i) and seed.records[i][3] in DONE)]
    print("agency %s has %d officers; seed file %s: %d of %d done, %d to create (threads %d)"
          % (AGENCY_CODE, j["totalElements"], os.path.relpath(a.out), a.count - len(todo), a.count, len(todo),
             a.threads))
    stats.requests = 0
    stats.lat.clear()
    stats.take_window()
    if not todo:
        seed.compact()
        seed.close()
        return 0

    year = datetime.date.today().year
    done = [0]
    failures = []
    lock = threading.Lock()
    stop = threading.Event()

    def work(i):
        if stop.is_set():
            return
        try:
            seed_one(client, seed, i, year)
            with lock:
                done[0] += 1
        except Exception as e:  # noqa: BLE001 - reported, the rest continues
            with lock:
                failures.append((i, str(e)))
                if len(failures) >= 20:
                    stop.set()

    t0 = time.perf_counter()
    last = [t0, 0, 0]

    def progress():
        while not stop.wait(a.progress):
            now = time.perf_counter()
            d, r = done[0], stats.requests
            w = stats.take_window()
            per = " ".join("%s p50/p99 %.0f/%.0f ms" % (k, pct(v, .5), pct(v, .99))
                           for k, v in sorted(w.items()) if k in ("register", "apply", "approve", "issue"))
            print("  %5.0fs %6d/%d officers  %6.1f officers/s  %6.1f req/s (interval)  %s"
                  % (now - t0, d, len(todo), (d - last[1]) / (now - last[0]), (r - last[2]) / (now - last[0]), per),
                  flush=True)
            last[:] = [now, d, r]

    pt = threading.Thread(target=progress, daemon=True)
    pt.start()
    with ThreadPoolExecutor(a.threads) as pool:
        try:
            list(pool.map(work, todo))
        except KeyboardInterrupt:
            stop.set()   # the queued officers return at once; the running ones finish
            print("interrupted: the seed file keeps what was done; run again to continue", file=sys.stderr)
    stop.set()
    took = time.perf_counter() - t0
    seed.compact()
    seed.close()

    print("\nseeded %d officers (each register + apply + approve + issue) in %.1f s: %.1f officers/s, "
          "%.1f requests/s, %d retries" % (done[0], took, done[0] / took, stats.requests / took, stats.retries))
    print("%-20s %7s %8s %8s %8s %8s" % ("call", "n", "p50_ms", "p90_ms", "p99_ms", "max_ms"))
    for k, v in sorted(stats.lat.items()):
        print("%-20s %7d %8.1f %8.1f %8.1f %8.1f" % (k, len(v), pct(v, .5), pct(v, .9), pct(v, .99), max(v)))
    odd = {k: n for k, n in stats.statuses.items() if not k.endswith((" 200", " 201"))}
    if odd:
        print("non-2xx answers: " + ", ".join("%s: %d" % kv for kv in sorted(odd.items())))
    active = sum(1 for i in range(a.count) if seed.records.get(i) and seed.records[i][3] in DONE)
    print("seed file: %d of %d officers ready" % (active, a.count))
    if failures:
        print("%d officers failed, e.g.:" % len(failures), file=sys.stderr)
        for i, e in failures[:5]:
            print("  %d: %s" % (i, e), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
