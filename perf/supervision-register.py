#!/usr/bin/env python3
"""Load of the case register: N case milestones reported through the gateway by a case-handling system, with the
gov-systems client (client credentials, role integration, region 320700) as in production:

    POST /api/supervision/v1/cases/milestones

    perf/supervision-register.py [--milestones N] [--threads T] [--gateway URL] [--keycloak URL] [--smoke]

Defaults: N = 100 000 (--smoke: 200), 8 threads with one keep-alive connection each (http.client). Each case gets
four milestones in date order (FILED, DECIDED with a fine, PUBLISHED, CLOSED) from one thread, so N / 4 cases of six
agencies of the city (DOMAIN.md §3.2), case numbers PERF-<run>-<i> (a new run id each run: nothing collides with an
earlier run). 429 / 503 are retried after Retry-After (or a short backoff) and counted; any other non-2xx answer is
counted as an error and printed once per code. Python 3 standard library only.

Prints milestones/s over the whole run and per progress interval (does the register slow down as it grows?), the
latency p50/p90/p99 of the reports, retries and errors. Exit code 0 only without errors.
"""
import argparse
import datetime
import http.client
import json
import os
import threading
import time
import urllib.parse
import urllib.request
import uuid

AGENCIES = ["11320706300200020C", "113207063002000399", "11320707300300021G", "11320722300400022W",
            "1132070030010002XW", "11320706300200020C"]
REGION_BY_PREFIX = {"113207063": "320706", "113207073": "320707", "113207223": "320722", "113207003": "320700"}


class Token:
    def __init__(self, keycloak, secret):
        self.keycloak = keycloak
        self.secret = secret
        self.lock = threading.Lock()
        self.value = None
        self.expires = 0

    def get(self):
        with self.lock:
            if time.time() > self.expires - 30:
                data = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": "gov-systems",
                                               "client_secret": self.secret}).encode()
                url = self.keycloak + "/realms/enforcement/protocol/openid-connect/token"
                with urllib.request.urlopen(url, data, timeout=10) as r:
                    body = json.load(r)
                self.value = body["access_token"]
                self.expires = time.time() + int(body.get("expires_in", 300))
            return self.value


def milestones(run, i):
    agency = AGENCIES[i % len(AGENCIES)]
    case_no = "PERF-%s-%d" % (run, i)
    base = datetime.date(2025, 1, 2) + datetime.timedelta(days=i % 300)
    common = {"agencyCode": agency, "caseNo": case_no, "caseType": "PENALTY"}
    yield dict(common, milestone="FILED", occurredOn=str(base))
    yield dict(common, milestone="DECIDED", occurredOn=str(base + datetime.timedelta(days=10)),
               decisionNo="决-" + case_no, penaltyKinds=["FINE"], fineAmount="%d.00" % (1000 + i % 50000))
    yield dict(common, milestone="PUBLISHED", occurredOn=str(base + datetime.timedelta(days=12 + i % 10)))
    yield dict(common, milestone="CLOSED", occurredOn=str(base + datetime.timedelta(days=30)))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--milestones", type=int, default=100_000)
    p.add_argument("--threads", type=int, default=8)
    p.add_argument("--gateway", default=os.environ.get("GATEWAY_URL", "http://127.0.0.1:8080"))
    p.add_argument("--keycloak", default=os.environ.get("KEYCLOAK", "http://127.0.0.1:8180"))
    p.add_argument("--smoke", action="store_true", help="200 milestones, to check the script and the stack")
    a = p.parse_args()
    total = 200 if a.smoke else a.milestones
    cases = max(1, total // 4)
    run = uuid.uuid4().hex[:8]
    token = Token(a.keycloak, os.environ.get("KC_GOV_SYSTEMS_CLIENT_SECRET", "gov-systems-dev-secret"))
    token.get()
    gw = urllib.parse.urlparse(a.gateway)
    lock = threading.Lock()
    latencies, errors, state = [], {}, {"done": 0, "retries": 0, "next": 0}

    def worker():
        conn = http.client.HTTPConnection(gw.hostname, gw.port or 80, timeout=30)
        while True:
            with lock:
                i = state["next"]
                state["next"] += 1
            if i >= cases:
                return
            for body in milestones(run, i):
                payload = json.dumps(body).encode()
                while True:
                    t0 = time.perf_counter()
                    try:
                        conn.request("POST", "/api/supervision/v1/cases/milestones", payload,
                                     {"Content-Type": "application/json", "Authorization": "Bearer " + token.get()})
                        r = conn.getresponse()
                        text = r.read()
                    except (http.client.HTTPException, OSError):
                        conn.close()
                        conn = http.client.HTTPConnection(gw.hostname, gw.port or 80, timeout=30)
                        with lock:
                            state["retries"] += 1
                        continue
                    dt = time.perf_counter() - t0
                    if r.status in (429, 503):
                        with lock:
                            state["retries"] += 1
                        time.sleep(float(r.getheader("Retry-After") or 0.2))
                        continue
                    with lock:
                        latencies.append(dt)
                        state["done"] += 1
                        if r.status not in (200, 201):
                            key = "%d %s" % (r.status, text[:200].decode("utf-8", "replace"))
                            if r.status not in {int(k.split()[0]) for k in errors}:
                                print("error:", key, flush=True)
                            errors[key] = errors.get(key, 0) + 1
                    break

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(a.threads)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    last_done, last_t = 0, start
    while any(t.is_alive() for t in threads):
        time.sleep(1 if a.smoke else 10)
        now = time.perf_counter()
        with lock:
            done = state["done"]
        print("%8d milestones  %7.1f /s in the last interval  %7.1f /s overall" % (
            done, (done - last_done) / (now - last_t), done / (now - start)), flush=True)
        last_done, last_t = done, now
    elapsed = time.perf_counter() - start
    lat = sorted(latencies)
    pct = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000 if lat else 0
    n_err = sum(errors.values())
    print("run %s: %d milestones of %d cases in %.1f s = %.1f milestones/s; latency p50 %.1f ms, p90 %.1f ms, "
          "p99 %.1f ms; %d retries (429/503/connection), %d errors" % (
              run, state["done"], cases, elapsed, state["done"] / elapsed, pct(0.5), pct(0.9), pct(0.99),
              state["retries"], n_err))
    return 1 if n_err else 0


if __name__ == "__main__":
    raise SystemExit(main())
