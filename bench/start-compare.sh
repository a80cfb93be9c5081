#!/usr/bin/env bash
# Interleaved start-time comparison of portal jars on one index: each jar gets its own AppCDS archive (written by an
# unrecorded first start), then ROUNDS rounds start every jar once, in turn, and print the time until /health answers.
#   bench/start-compare.sh ROUNDS INDEX JAR...      (archives go to $CACHE, default /tmp/portal-start-compare)
# Interleaving matters on a shared machine: neighbours move the figure by more than most changes do.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="$1"; index="$2"; shift 2
cache="${CACHE:-/tmp/portal-start-compare}"
mkdir -p "$cache"
stop() { kill "$(cat /tmp/perf/serve.pid)"; sleep "$1"; }
for jar in "$@"; do
  name=$(basename "$jar" .jar)
  "$root/bench/serve-bench.sh" "$jar" "$index" /tmp/none 7311 -XX:+AutoCreateSharedArchive \
    "-XX:SharedArchiveFile=$cache/$name.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off > /dev/null
  sleep 1; stop 5   # the JVM writes the archive as it exits
done
for _ in $(seq 1 "$rounds"); do
  for jar in "$@"; do
    name=$(basename "$jar" .jar)
    echo -n "$name: "
    "$root/bench/serve-bench.sh" "$jar" "$index" /tmp/none 7311 "-XX:SharedArchiveFile=$cache/$name.jsa" \
      -Xlog:cds=off -Xlog:cds+dynamic=off
    sleep 0.5; stop 3
  done
done
