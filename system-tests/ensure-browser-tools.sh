#!/usr/bin/env bash
# What the system tests need besides Java: Debian's chromium (BrowserLoginSystemIT drives it headless over the
# DevTools protocol), curl and jq (the curl examples of docs/examples, IntegratorGuideSystemIT). Idempotent: when
# they are on the PATH this returns at once; otherwise installs them with apt-get (as root), running
# `apt-get update` only when the package is not known yet. Called by ./test.sh before the system tests.
set -euo pipefail
missing=()
command -v chromium > /dev/null 2>&1 || command -v chromium-browser > /dev/null 2>&1 || [[ -n "${CHROMIUM:-}" ]] \
  || missing+=(chromium)
command -v curl > /dev/null 2>&1 || missing+=(curl)
command -v jq > /dev/null 2>&1 || missing+=(jq)
if ((${#missing[@]} == 0)); then
  exit 0
fi
if [[ "$(id -u)" != 0 ]] || ! command -v apt-get > /dev/null 2>&1; then
  echo "ensure-browser-tools: missing ${missing[*]} and not root with apt-get: install them (Debian: apt-get install ${missing[*]})" >&2
  exit 1
fi
echo "ensure-browser-tools: apt-get install ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y -q --no-install-recommends "${missing[@]}" > /tmp/ensure-browser-tools.log 2>&1; then
  apt-get update -q > /dev/null 2>&1 || true
  apt-get install -y -q --no-install-recommends "${missing[@]}" > /tmp/ensure-browser-tools.log 2>&1 \
    || { tail -n 20 /tmp/ensure-browser-tools.log >&2; exit 1; }
fi
echo "ensure-browser-tools: $(chromium --version 2>/dev/null || echo chromium?), jq $(jq --version 2>/dev/null)"
