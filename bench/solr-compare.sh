#!/usr/bin/env bash
# Issue #7's indexing bar measured on this machine, beside the portal: Solr 9.10 embedded with Tika in-process, one
# document per file, 2 threads (bench/solr-baseline), and a full `./portal index --threads 2` of the same corpus, in
# alternating order, PAIRS times. The host is shared and its speed drifts by 20 % and more within an hour, so a fixed
# figure measured elsewhere says less than a pair measured minutes apart.
#   bench/solr-compare.sh [CORPUS] [MANIFEST] [PAIRS=3]    (default: ../shared/corpus-real and its manifest.csv)
# Env: SOLR_BUILD_OPTS (JVM options of Solr's build). Writes bench/results/solr-compare-<date>.md. Builds
# bench/solr-baseline first (its own Maven project: Solr 9 needs Lucene 9; see its solr.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$root/../shared/corpus-real}"
manifest="${2:-$corpus/manifest.csv}"
pairs="${3:-3}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
source "$root/bench/solr-baseline/solr.sh"
"$root/portal" --version >/dev/null   # builds the portal's jar first, so the build is not timed
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="$root/bench/results/solr-compare-$(date +%Y%m%d-%H%M).md"
TIMEFORMAT='%R %U %S'

solr_run() {
  rm -rf "$work/solr-data"   # outside the timing, as portal_run's index
  { time solr_build "$work/solr-home" "$work/solr-data" "$manifest" > "$work/solr.log" 2>&1; } 2> "$work/time"
  echo "$(awk '{printf "%.1f | %.1f", $1, $2 + $3}' "$work/time") | $(grep -o '[0-9]* files, [0-9]* failed' "$work/solr.log")"
}

portal_run() {
  rm -rf "$work/index"
  { time "$root/portal" index --corpus "$corpus" --manifest "$manifest" --index "$work/index" --full --threads 2 \
      > "$work/portal.log" 2>&1; } 2> "$work/time"
  echo "$(awk '{printf "%.1f | %.1f", $1, $2 + $3}' "$work/time") | $(grep -o 'Indexed [0-9]*, skipped [0-9]*, failed [0-9]*' "$work/portal.log")"
}

{
  echo "# Indexing: Solr 9.10 and the portal, in alternating order"
  echo
  echo "- machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) vCPUs shared with other guests"
  echo "- JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); both with -Xmx2g; portal commit $(git -C "$root" rev-parse --short HEAD)"
  echo "- corpus: \`$corpus\` ($(tail -n +2 "$manifest" | wc -l) manifest rows)"
  echo "- Solr: \`bench/solr-baseline\` (SolrBuild: Tika in-process, one document per file, 2 threads, one commit)"
  echo "- portal: \`./portal index --full --threads 2\` (clauses, standards, word pairs; extraction in one worker JVM with a lane per thread)"
  echo "- wall: JVM start to exit, from bash's time; CPU: user + sys of the JVM and its children"
  echo
  echo "| pair | first | Solr wall s | Solr CPU s | Solr files | portal wall s | portal CPU s | portal files | load avg after |"
  echo "|---:|---|---:|---:|---|---:|---:|---|---|"
} > "$out"
for i in $(seq 1 "$pairs"); do
  if (( i % 2 )); then s=$(solr_run); p=$(portal_run); first=Solr; else p=$(portal_run); s=$(solr_run); first=portal; fi
  echo "| $i | $first | $s | $p | $(cut -d' ' -f1-3 /proc/loadavg) |" >> "$out"
  tail -1 "$out"
done
echo "$out"
