#!/usr/bin/env bash
# Serving benchmark over HTTP, comparable with the Solr baseline: starts the portal jar on an existing index,
# times the start, then replays a query mix with 1, 2 and 8 clients (each twice) and records throughput,
# latency percentiles, the server's CPU seconds per query (load-independent) and the load average.
#   bench/search-load.sh INDEX CORPUS MIX LABEL [DURATION=30]
# Env: RUNS (per client count, default 2); PORTAL_RESULT_CACHE_MB (the server's result cache, default 32, 0 = off);
#      PRIME (seconds of 2-client load, unrecorded, between start and the first run so that the JIT has compiled
#      the search path; default "auto": 30 s rounds until the JIT compiler threads took under 5 % of the server's
#      CPU in the last round, at most 300 s; 0 = none: then the runs measure warm-up too). On 2 processors the JIT
#      took 35-40 % of the server's CPU for the first 60 s of load and settled after about 2 minutes (2026-11-29),
#      so a fixed 60 s priming measured the compiler as much as the search. Each run records the JIT's share.
# Needs the jar built (mvn -o install -DskipTests). Writes bench/results/search-LABEL-<date>.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
index="$1"; corpus="$2"; mix="$3"; label="$4"; duration="${5:-30}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
port=7095
jar="${JAR:-webapp/target/portal.jar}"
out="bench/results/search-$label-$(date +%Y%m%d-%H%M).md"
ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# CPU ticks of the JIT compiler threads ("C1 CompilerThre", "C2 CompilerThre")
jit() { local s=0 t; for t in /proc/"$1"/task/*; do
          if [[ "$(cat "$t/comm" 2>/dev/null)" == C[12]\ Compiler* ]]; then s=$((s + $(awk '{print $14 + $15}' "$t/stat"))); fi
        done; echo "$s"; }
steal() { awk '/^cpu / {print $9}' /proc/stat; }   # ticks the hypervisor gave our processors to other guests
{
  echo "# Search over HTTP: $label"
  echo
  echo "- machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) vCPUs shared with other builds, $(free -g | awk '/Mem/ {print $2}') GiB"
  echo "- JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); server -Xmx512m; commit $(git rev-parse --short HEAD)${JAR:+; jar \`$JAR\` (JAR=, so not necessarily that commit)}"
  echo "- index: \`$index\` ($(du -sh "$index" | cut -f1)); mix: \`$mix\` ($(grep -vc '^#' "$mix") requests, random order)"
  echo "- result cache: ${PORTAL_RESULT_CACHE_MB:-32} MB (PORTAL_RESULT_CACHE_MB; 0 = off)"
  prime_line="- priming: 2-client load after start, not recorded:"
  echo "- each run: LoadClient, 10 s warm-up, ${duration} s measured; CPU ms/query = server process user+sys CPU / requests, over the measured window (from ~2 s in); steal = share of the processors' time the hypervisor gave to other guests over that window (a contended host inflates CPU ms/query and lowers req/s)"
  echo
  start_line=$(bench/serve-bench.sh "$jar" "$index" "$corpus" $port)
  echo "- start: $start_line"
  pid=$(cat /tmp/perf/serve.pid)
  prime="${PRIME:-auto}"
  primed=0
  while [[ "$prime" != "0" ]]; do
    chunk=$([[ "$prime" == "auto" ]] && echo 30 || echo "$prime")
    c0=$(cpu "$pid"); j0=$(jit "$pid")
    "$JAVA_HOME/bin/java" bench/LoadClient.java --base "http://127.0.0.1:$port" --queries "$mix" \
          --clients 2 --duration "$chunk" --warmup 0 > /dev/null
    c1=$(cpu "$pid"); j1=$(jit "$pid")
    primed=$((primed + chunk))
    share=$(( (j1 - j0) * 100 / (c1 - c0 + 1) ))
    prime_line="$prime_line ${chunk} s (JIT ${share} %)"
    if [[ "$prime" != "auto" ]] || (( share < 5 || primed >= 300 )); then break; fi
  done
  echo "$prime_line; ${primed} s in all"
  echo
  echo "| clients | run | req/s | p50 ms | p95 ms | p99 ms | errors | server CPU ms/query | JIT share | steal | heap used after | load avg (1/5/15) |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"
  for clients in 1 2 8; do
    for run in $(seq 1 "${RUNS:-2}"); do
      tmp=$(mktemp)
      "$JAVA_HOME/bin/java" bench/LoadClient.java --base "http://127.0.0.1:$port" --queries "$mix" \
            --clients "$clients" --duration "$duration" --warmup 10 > "$tmp" &
      client=$!
      sleep 12   # JVM start + 10 s warm-up: count CPU of the measured part only
      c0=$(cpu "$pid"); s0=$(steal); j0=$(jit "$pid")
      wait "$client"
      c1=$(cpu "$pid"); s1=$(steal); j1=$(jit "$pid")
      r=$(cat "$tmp"); rm -f "$tmp"
      load=$(cut -d' ' -f1-3 /proc/loadavg)
      req=$(echo "$r" | awk -F'|' '/\| requests/ {gsub(/ /,"",$3); print $3}')
      val() { echo "$r" | awk -F'|' -v k="$1" '$2 ~ k {gsub(/ (ms|req\/s|MiB)/,"",$3); gsub(/^ +| +$/,"",$3); print $3}'; }
      # CPU was counted over (duration - ~2 s): scale the requests to the same window
      cpq=$(echo "scale=2; ($c1 - $c0) * 1000 / $ticks / ($req * ($duration - 2) / $duration)" | bc)
      stealpct=$(echo "scale=1; ($s1 - $s0) * 100 / ($ticks * $(nproc) * ($duration - 2))" | bc)
      echo "| $clients | $run | $(val throughput) | $(val 'latency p50') | $(val 'latency p95') | $(val 'latency p99') | $(val 'errors') | $cpq | $(( (j1 - j0) * 100 / (c1 - c0 + 1) )) % | ${stealpct} % | $(val 'heap used' | sed 's#.*/ ##') MiB | $load |"
    done
  done
  kill "$pid"
} | tee "$out"
