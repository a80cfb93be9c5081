#!/usr/bin/env bash
# Load-client overhead, A/B: against a running portal, runs LoadClient once per given transport (in the order
# given, so repeat them to interleave) and prints throughput, latency and the CPU per request of the server
# process and of the client process, read from /proc over the middle of each run.
#   bench/client-compare.sh PORT SERVER_PID CLIENTS SECONDS TRANSPORT...   e.g. ... 7095 $(cat /tmp/perf/serve.pid) 2 20 jdk socket jdk socket
# Env: MIX (default bench/query-mix.txt). Start the server with bench/serve-bench.sh and prime it first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
port="$1"; pid="$2"; clients="$3"; duration="$4"; shift 4
(( duration >= 10 )) || { echo "SECONDS must be at least 10" >&2; exit 2; }
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for transport in "$@"; do
  "$JAVA_HOME/bin/java" bench/LoadClient.java --base "http://127.0.0.1:$port" --queries "${MIX:-bench/query-mix.txt}" \
      --clients "$clients" --duration "$duration" --warmup 5 --transport "$transport" > "$out" &
  client=$!
  sleep 8                      # client JVM start and its 5 s warm-up
  s0=$(cpu "$pid"); k0=$(cpu "$client"); t0=$(date +%s.%N)
  sleep $((duration - 6))      # stop reading before the client's measured window ends
  s1=$(cpu "$pid"); k1=$(cpu "$client"); t1=$(date +%s.%N)
  wait "$client"
  val() { awk -F'|' -v k="$1" '$2 ~ k {gsub(/ (ms|req\/s)/,"",$3); gsub(/ /,"",$3); print $3}' "$out"; }
  rps=$(val throughput)
  per() { echo "scale=2; ($2 - $1) * 1000 / $ticks / ($rps * ($t1 - $t0))" | bc; }
  echo "$transport, $clients clients: $rps req/s, p50 $(val 'latency p50') ms, p99 $(val 'latency p99') ms," \
       "errors $(val errors); CPU per request: server $(per "$s0" "$s1") ms, client $(per "$k0" "$k1") ms" \
       "(load $(cut -d' ' -f1 /proc/loadavg))"
done
