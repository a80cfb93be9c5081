#!/usr/bin/env bash
# Starts a portal jar on an existing index and prints the time until /health answers.
#   bench/serve-bench.sh JAR INDEX CORPUS PORT [extra JVM args...]
# e.g. -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=/tmp/portal.jsa (AppCDS: about halves the start)   (pid in /tmp/perf/serve.pid, log in /tmp/perf/serve.log)
set -euo pipefail
jar="$1"; index="$2"; corpus="$3"; port="$4"; shift 4
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
mkdir -p /tmp/perf
start=$(date +%s.%N)
"$java" -Xmx512m --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED "$@" \
  -jar "$jar" serve --index "$index" --corpus "$corpus" --port "$port" > /tmp/perf/serve.log 2>&1 &
echo $! > /tmp/perf/serve.pid
for _ in $(seq 1 600); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/health" && break
  sleep 0.05
done
end=$(date +%s.%N)
cpu=$(awk -v t="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / t}' "/proc/$(cat /tmp/perf/serve.pid)/stat")
echo "ready after $(echo "$end - $start" | bc) s, ${cpu} s server CPU (load: $(cut -d' ' -f1-3 /proc/loadavg))"
