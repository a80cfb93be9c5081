#!/usr/bin/env bash
# Issue #7's indexing bar measured on this machine, beside the portal: Solr 9.10 embedded with Tika in-process, one
# document per file, 2 threads (bench/solr-baseline), and a full `./portal index --threads 2` of the same corpus, in
# alternating order, PAIRS times. The host is shared and its speed drifts by 20 % and more within an hour, so a fixed
# figure measured elsewhere says less than a pair measured minutes apart.
#   bench/solr-compare.sh [CORPUS] [MANIFEST] [PAIRS=3]    (default: ../shared/corpus-real and its manifest.csv)
# Env: SOLR_BUILD_OPTS (JVM options of Solr's build); SAMEWORK=1 adds a third arm after each pair: the baseline's own
# kind of work done with the portal's parts (bench's OneDocPerFileBuild: the same extraction worker, one Lucene
# document per file, no clauses or detection), so that "the same kind of work" is compared minutes apart too (the arms' order rotates). Writes bench/results/solr-compare-<date>.md. Builds
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

samework_run() {
  rm -rf "$work/samework"
  { time "$JAVA_HOME/bin/java" -Xmx2g --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
      -cp "$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")" \
      org.policyportal.bench.OneDocPerFileBuild "$manifest" "$work/samework" 2 > "$work/samework.log" 2>&1; } 2> "$work/time"
  echo "$(awk '{printf "%.1f | %.1f", $1, $2 + $3}' "$work/time") | $(grep -o 'indexed [0-9]*, failed [0-9]*' "$work/samework.log")"
}
if [[ "${SAMEWORK:-0}" == 1 ]]; then
  [[ -f "$root/bench/target/classpath.txt" ]] || { echo "build the bench module first (mvn -o install -DskipTests)" >&2; exit 2; }
fi

{
  echo "# Indexing: Solr 9.10 and the portal, in alternating order"
  echo
  echo "- machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) vCPUs shared with other guests"
  echo "- JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); both with -Xmx2g; portal commit $(git -C "$root" rev-parse --short HEAD)"
  echo "- corpus: \`$corpus\` ($(tail -n +2 "$manifest" | wc -l) manifest rows)"
  echo "- Solr: \`bench/solr-baseline\` (SolrBuild: Tika in-process, one document per file, 2 threads, one commit)"
  echo "- portal: \`./portal index --full --threads 2\` (clauses, standards, word pairs; extraction in one worker JVM with a lane per thread)"
  if [[ "${SAMEWORK:-0}" == 1 ]]; then
    echo "- same work: \`OneDocPerFileBuild\` (module bench): the portal's extraction worker, one Lucene document per file (text, title, four facets), 2 threads; the three arms' order rotates each round"
  fi
  echo "- wall: JVM start to exit, from bash's time; CPU: user + sys of the JVM and its children"
  echo
  # with SAMEWORK a round has three runs, and three more columns
  if [[ "${SAMEWORK:-0}" == 1 ]]; then run=round; same=" same work wall s | same work CPU s | same work files |"; rule="---:|---:|---|"
  else run=pair; same=""; rule=""; fi
  echo "| $run | first | Solr wall s | Solr CPU s | Solr files | portal wall s | portal CPU s | portal files |$same load avg after |"
  echo "|---:|---|---:|---:|---|---:|---:|---|${rule}---|"
} > "$out"
for i in $(seq 1 "$pairs"); do
  w=""
  if [[ "${SAMEWORK:-0}" == 1 ]]; then
    # three arms, the order rotated each round so that none always runs on the same part of a drift
    case $(( (i - 1) % 3 )) in
      0) s=$(solr_run); p=$(portal_run); w=$(samework_run); first=Solr ;;
      1) p=$(portal_run); w=$(samework_run); s=$(solr_run); first=portal ;;
      2) w=$(samework_run); s=$(solr_run); p=$(portal_run); first="same work" ;;
    esac
    w=" $w |"
  elif (( i % 2 )); then s=$(solr_run); p=$(portal_run); first=Solr
  else p=$(portal_run); s=$(solr_run); first=portal; fi
  echo "| $i | $first | $s | $p |$w $(cut -d' ' -f1-3 /proc/loadavg) |" >> "$out"
  tail -1 "$out"
done
echo "$out"
