#!/usr/bin/env bash
# Interleaved A/B of portal jars over HTTP on one index: for each jar in turn, starts it (result cache off), primes
# it with 2 clients, then runs LoadClient with 1 and 2 clients (8 too with EIGHT=1) and prints throughput, p50/p99,
# the server's CPU per request and the hypervisor's steal over the run. Repeat the jars to interleave them:
#   bench/jar-compare.sh INDEX PRIME_SECONDS RUN_SECONDS JAR...   e.g. ... /tmp/perf/s100k-v4 30 15 old.jar new.jar old.jar new.jar
# A jar given as JAR@INDEX serves that index instead of INDEX (one build on two layouts of a corpus, e.g. before and
# after a merge: a.jar@/tmp/perf/s100k-v5 a.jar@/tmp/perf/s100k-v6 ...).
# Env: MIX (default bench/query-mix.txt), PORT (default 7095), REPEAT (runs per client count, default 1).
# Steal ticks say how much of the processors' time other guests took: compare only runs with similar steal, and
# jars only within one interleaved sequence (one jar's runs against another's on a quiet stretch mean nothing).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
index="$1"; prime="$2"; seconds="$3"; shift 3
port="${PORT:-7095}"
mix="${MIX:-bench/query-mix.txt}"
ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
steal() { awk '/^cpu / {print $9}' /proc/stat; }
load() {
  "$JAVA_HOME/bin/java" bench/LoadClient.java --base "http://127.0.0.1:$port" --queries "$mix" \
      --clients "$1" --duration "$2" --warmup "$3"
}
for entry in "$@"; do
  jar="${entry%%@*}"
  served="$index"
  if [[ "$entry" == *@* ]]; then served="${entry#*@}"; fi
  PORTAL_RESULT_CACHE_MB=0 bench/serve-bench.sh "$jar" "$served" /tmp/none "$port" > /dev/null
  pid=$(cat /tmp/perf/serve.pid)
  load 2 "$prime" 0 > /dev/null
  for clients in $(for c in 1 2 ${EIGHT:+8}; do for _ in $(seq 1 "${REPEAT:-1}"); do echo "$c"; done; done); do
    c0=$(cpu "$pid"); s0=$(steal)
    r=$(load "$clients" "$seconds" 0)   # primed already; the window also holds the client JVM start, when the server idles
    c1=$(cpu "$pid"); s1=$(steal)
    val() { echo "$r" | awk -F'|' -v k="$1" '$2 ~ k {gsub(/ (ms|req\/s)/,"",$3); gsub(/ /,"",$3); print $3}'; }
    req=$(val '^ requests')
    echo "$(basename "$jar") on $(basename "$served") clients=$clients: $(val throughput) req/s, p50 $(val 'latency p50') ms," \
         "p99 $(val 'latency p99') ms, server CPU $(echo "scale=2; ($c1 - $c0) * 1000 / $ticks / $req" | bc)" \
         "ms/request, steal $((s1 - s0)) ticks"
  done
  kill "$pid"; sleep 3
done
