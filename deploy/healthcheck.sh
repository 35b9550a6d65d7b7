#!/usr/bin/env bash
# Container health check: GET /actuator/health/readiness on the JVM's actuator port (MANAGEMENT_SERVER_PORT, else
# SERVER_PORT), healthy on HTTP 200.
# No curl in the image is needed: bash's /dev/tcp does the request (eclipse-temurin is Ubuntu, bash exists).
# Usage: healthcheck [path]   (default /actuator/health/readiness; port from MANAGEMENT_SERVER_PORT or SERVER_PORT)
set -u
path="${1:-/actuator/health/readiness}"
port="${MANAGEMENT_SERVER_PORT:-${SERVER_PORT:-8080}}"
exec 3<>"/dev/tcp/127.0.0.1/${port}" || exit 1
printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n' "$path" >&3
IFS= read -r -t 4 status_line <&3 || exit 1
exec 3<&-
case "$status_line" in
  "HTTP/1.1 200"*|"HTTP/1.0 200"*) exit 0 ;;
  *) echo "unhealthy: ${status_line}" >&2; exit 1 ;;
esac
