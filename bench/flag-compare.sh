#!/usr/bin/env bash
# Search over HTTP, A/B of the server's JVM options on one index: for each variant in turn, start the portal jar
# (bench/serve-bench.sh, result cache off), prime it with 90 s of 2-client load, then measure 30 s at 2 clients and
# print req/s, p50 and the server's CPU per query. Repeat variants to interleave them; "base" means no options
# (serve-bench.sh's defaults: the Parallel collector since pass 24; -XX:+UseG1GC for the JVM's default).
#   bench/flag-compare.sh INDEX CORPUS MIX VARIANT...   e.g. ... bench/query-mix.txt base -XX:UseAVX=2 base -XX:UseAVX=2
# A variant's options are split on spaces. Needs the jar built (mvn -o install -DskipTests).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}" PORTAL_RESULT_CACHE_MB=0
index="$1"; corpus="$2"; mix="$3"; shift 3
port=7096
load() { "$JAVA_HOME/bin/java" bench/LoadClient.java --base "http://127.0.0.1:$port" --queries "$mix" --clients 2 \
           --duration "$1" --warmup 0; }
for variant in "$@"; do
  opts=()
  [[ "$variant" != "base" ]] && read -r -a opts <<< "$variant"
  bench/serve-bench.sh webapp/target/portal.jar "$index" "$corpus" $port "${opts[@]}" > /dev/null
  pid=$(cat /tmp/perf/serve.pid)
  load 90 > /dev/null
  c0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  r=$(load 30)
  c1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  req=$(echo "$r" | awk -F'|' '/\| requests/ {gsub(/ /,"",$3); print $3}')
  tp=$(echo "$r" | awk -F'|' '/throughput/ {gsub(/^ +| +$/,"",$3); print $3}')
  p50=$(echo "$r" | awk -F'|' '/latency p50/ {gsub(/^ +| +$/,"",$3); print $3}')
  echo "$(date +%H:%M) $variant: $tp, p50 $p50, server CPU $(echo "scale=3; ($c1 - $c0) * 1000 / $(getconf CLK_TCK) / $req" | bc) ms/query"
  kill "$pid"; sleep 2
done
