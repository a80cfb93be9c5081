#!/usr/bin/env bash
# Interleaved full builds of one corpus with several portal jars (2 threads, -Xmx2g, as ./portal index runs): for
# each jar in turn prints the wall time, the CPU time (user + sys, the extraction workers included), the segments
# the published generation has, and the indexer's "Merged into ..." line (the flush and merge after the last file).
# Repeat the jars to interleave them: on a shared host consecutive builds of one jar differed by up to 20 s.
#   bench/build-compare.sh CORPUS MANIFEST JAR...     e.g. ... ../shared/corpus-real ../shared/corpus-real/manifest.csv a.jar b.jar a.jar b.jar
# Env: KEEP=DIR keeps the (last) index in DIR instead of deleting it. ARCHIVES=DIR runs each jar as ./portal index
#      does, from class archives (its own under DIR/<jar name>, written by its first run there): without them every
#      run starts both JVMs cold, as a first run does.
set -euo pipefail
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
corpus="$1"; manifest="$2"; shift 2
for jar in "$@"; do
  ix="${KEEP:-$(mktemp -d)}"
  log="$(mktemp)"; times="$(mktemp)"
  start=$(date +%s.%N)
  TIMEFORMAT='%U %S'
  cds=(); cache=()
  if [[ -n "${ARCHIVES:-}" ]]; then
    dir="$ARCHIVES/$(basename "$jar" .jar)"; mkdir -p "$dir"
    cds=(-XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=$dir/index.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
    cache=(--class-cache "$dir")
  fi
  { time "$JAVA_HOME/bin/java" -Xmx2g "${cds[@]}" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
      -jar "$jar" index --corpus "$corpus" --manifest "$manifest" --index "$ix" --full --threads 2 "${cache[@]}" \
      > "$log" 2>&1; } 2> "$times"
  end=$(date +%s.%N)
  # the published generation only: with KEEP the earlier runs' generations stay beside it
  segments=$(find "$ix/$(tr -d '[:space:]' < "$ix/CURRENT")" -name '*.si' | wc -l)
  echo "$(basename "$jar"): wall $(echo "$end - $start" | bc) s, CPU $(awk '{print $1 + $2}' "$times") s," \
       "segments $segments, $(grep -o 'Merged into.*' "$log" | head -1)"
  rm -f "$log" "$times"
  if [[ -z "${KEEP:-}" ]]; then rm -rf "$ix"; fi
done
