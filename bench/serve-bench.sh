#!/usr/bin/env bash
# Starts a portal on an existing index and prints the time until /health answers 200, and the server's CPU time.
#   bench/serve-bench.sh JAR INDEX CORPUS PORT [extra JVM args...]
#       the jar directly, e.g. with -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=/tmp/portal.jsa (AppCDS)
#   bench/serve-bench.sh --launcher REPO INDEX CORPUS PORT [extra JVM args...]
#       through REPO/portal serve, as users start it (its AppCDS archive in $PORTAL_CACHE, default REPO/data/cache:
#       the first start after a build writes it when the server stops, later starts use it; PORTAL_CDS=0: none)
# Both with -Xmx512m and, as ./portal serve, the Parallel collector unless the extra args pick one
# (-XX:+UseG1GC: the JVM's default before pass 24). The pid is in /tmp/perf/serve.pid (stop it with kill, which lets the JVM write the archive),
# the log in /tmp/perf/serve.log.
set -euo pipefail
launcher=0
if [[ "${1:-}" == "--launcher" ]]; then launcher=1; shift; fi
target="$1"; index="$2"; corpus="$3"; port="$4"; shift 4
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mkdir -p /tmp/perf
start=$(date +%s.%N)
if (( launcher )); then
  PORTAL_JAVA_OPTS="-Xmx512m $*" "$target/portal" serve --index "$index" --corpus "$corpus" --port "$port" \
    > /tmp/perf/serve.log 2>&1 &
else
  gc=(-XX:+UseParallelGC)
  if [[ "$*" == *Use*GC* ]]; then gc=(); fi
  "$JAVA_HOME/bin/java" -Xmx512m "${gc[@]}" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED "$@" \
    -jar "$target" serve --index "$index" --corpus "$corpus" --port "$port" > /tmp/perf/serve.log 2>&1 &
fi
echo $! > /tmp/perf/serve.pid
for _ in $(seq 1 600); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/health" && break
  sleep 0.05
done
end=$(date +%s.%N)
cpu=$(awk -v t="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / t}' "/proc/$(cat /tmp/perf/serve.pid)/stat")
echo "ready after $(echo "$end - $start" | bc) s, ${cpu} s server CPU (load: $(cut -d' ' -f1-3 /proc/loadavg))"
