#!/usr/bin/env python3
"""Loads sample enforcement items (DOMAIN.md §3.3) into the catalog through the gateway, then publishes them.

Used by `stack.sh start --sample-data`; standard library only. Environment:
  DEV_STACK_GATEWAY        gateway base URL (default http://127.0.0.1:8080)
  DEV_STACK_TOKEN_URL      token endpoint (default http://localhost:8180/realms/enforcement/protocol/openid-connect/token)
  DEV_STACK_CLIENT_SECRET  secret of the enforcement-gateway client (default gateway-dev-secret)
  DEV_STACK_CATALOG_USER   user with the catalog-admin role (default catalog-admin, password <user>-pass)
An item that already exists (409 ITEM_CODE_DUPLICATE) is skipped. Exit code 1 if any item failed.
"""
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

GATEWAY = os.environ.get("DEV_STACK_GATEWAY", "http://127.0.0.1:8080").rstrip("/")
TOKEN_URL = os.environ.get("DEV_STACK_TOKEN_URL",
                           "http://localhost:8180/realms/enforcement/protocol/openid-connect/token")
SECRET = os.environ.get("DEV_STACK_CLIENT_SECRET", "gateway-dev-secret")
USER = os.environ.get("DEV_STACK_CATALOG_USER", "catalog-admin")
ITEMS_PATH = "/api/catalog/v1/items"


def loopback(url):
    # Keycloak listens on 127.0.0.1 only; "localhost" may resolve to ::1 first. The issuer stays
    # http://localhost:8180/... because Keycloak runs with a fixed --hostname.
    parts = urllib.parse.urlsplit(url)
    if parts.hostname == "localhost":
        netloc = "127.0.0.1" + (f":{parts.port}" if parts.port else "")
        return urllib.parse.urlunsplit(parts._replace(netloc=netloc))
    return url


def request(method, url, body=None, headers=None, form=False):
    data = None
    headers = dict(headers or {})
    if body is not None:
        if form:
            data = urllib.parse.urlencode(body).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        else:
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            headers["Content-Type"] = "application/json"
    req = urllib.request.Request(loopback(url), data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.read().decode("utf-8", "replace"), dict(resp.headers)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace"), dict(e.headers)


def token():
    for attempt in range(20):
        status, text, _ = request("POST", TOKEN_URL, {
            "grant_type": "password", "client_id": "enforcement-gateway", "client_secret": SECRET,
            "username": USER, "password": USER + "-pass"}, form=True)
        if status == 200:
            return json.loads(text)["access_token"]
        time.sleep(2)
    raise SystemExit(f"sample data: no token for {USER}: {status} {text[:300]}")


def item_id(text, headers):
    try:
        body = json.loads(text) if text else {}
    except ValueError:
        body = {}
    for key in ("itemId", "id"):
        if isinstance(body, dict) and body.get(key):
            return str(body[key])
    location = headers.get("Location") or headers.get("location")
    if location:
        return location.rstrip("/").rsplit("/", 1)[-1]
    return None


def main(path):
    with open(path, encoding="utf-8") as f:
        items = json.load(f)
    auth = {"Authorization": "Bearer " + token(), "Accept": "application/json"}
    created = skipped = failed = 0
    for item in items:
        code = item["itemCode"]
        for attempt in range(15):  # the gateway route may answer 502/503 for a moment after startup
            status, text, headers = request("POST", GATEWAY + ITEMS_PATH, item, auth)
            if status not in (502, 503, 504):
                break
            time.sleep(2)
        if status == 409 and "ITEM_CODE_DUPLICATE" in text:
            print(f"  {code}: exists, skipped")
            skipped += 1
            continue
        if status not in (200, 201):
            print(f"  {code}: create failed: HTTP {status} {text[:400]}")
            failed += 1
            continue
        ident = item_id(text, headers)
        if not ident:
            print(f"  {code}: created, but no id in the response; not published: {text[:200]}")
            failed += 1
            continue
        status, text, _ = request("POST", f"{GATEWAY}{ITEMS_PATH}/{urllib.parse.quote(ident)}/publish", None, auth)
        if status in (200, 201, 202, 204):
            print(f"  {code}: created and published (id {ident})")
            created += 1
        else:
            print(f"  {code}: created (id {ident}), publish failed: HTTP {status} {text[:400]}")
            failed += 1
    print(f"sample data: {created} created and published, {skipped} already present, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "catalog-items.json")))
