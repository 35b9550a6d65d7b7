#!/usr/bin/env bash
# Case register load: 100 000 case milestones reported through the gateway with the gov-systems token, rate and
# latency (perf/supervision-register.py). Uses the running stack; start it with the gateway's per-client rate limit
# off, else the 200 req/s limit slows the run down with 429s (they are retried and counted):
#   ENFORCEMENT_GATEWAY_RATELIMIT_ENABLED=false dev-stack/stack.sh start --only infra,supervision-service,gateway
#
#   perf/supervision-register.sh [--smoke] [--milestones N] [--threads T]
#
# --smoke reports 200 milestones only (checks the script and the stack). Exit code 0 only without errors.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
exec python3 "$root/perf/supervision-register.py" "$@"
