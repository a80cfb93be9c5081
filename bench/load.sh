#!/usr/bin/env bash
# Drives a running portal with concurrent clients over bench/queries.txt and prints throughput, latency
# percentiles, errors and the server's heap before/after (from /metrics) as Markdown.
#   bench/load.sh [--base http://127.0.0.1:7090] [--clients 64] [--duration 60] [--queries bench/queries.txt]
# Start the server first, e.g.
#   ./portal index --corpus ../shared/corpus-real --index /tmp/realidx
#   ./portal serve --index /tmp/realidx --corpus ../shared/corpus-real --port 7090
# Only loopback targets are accepted; the run stops by itself after --duration seconds.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
base="http://127.0.0.1:7090"
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  [[ "${args[i]}" == "--base" ]] && base="${args[i+1]}"
done
if ! curl -fsS --max-time 5 "$base/health" >/dev/null; then
  echo "load.sh: no healthy portal at $base (start one with ./portal serve ... --port 7090)" >&2
  exit 2
fi
exec "$java" bench/LoadClient.java "$@"
