#!/usr/bin/env bash
# Issue #7's search bar measured on this machine, beside the portal: Solr 9.10 embedded (in-process, no HTTP; the
# bar's setting) over an index of CORPUS built by bench/solr-baseline, and the portal over HTTP (bench/search-load.sh,
# result cache off) on PORTAL_INDEX, one after the other, ROUNDS times, both with the same mix (default
# bench/query-mix-solr.txt: the Solr-comparable mix without the standards filter, which Solr's index lacks, asking the portal for Solr's four facets).
#   bench/solr-search-compare.sh PORTAL_INDEX CORPUS LABEL [ROUNDS=2] [SECONDS=20]   (CORPUS holds a manifest.csv)
# Env: MIX (the mix file), SOLR_WARMUP (unmeasured seconds before each Solr client count, default 30), SOLR_BUILD_OPTS
#      (JVM options of the Solr build, e.g. -Dbaseline.maxChars=100000), PORTAL=0 (Solr only).
# Writes bench/results/solr-search-LABEL-<date>.md (both sides), plus search-load.sh's own files for the portal.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
portal_index="$1"; corpus="$2"; label="$3"; rounds="${4:-2}"; seconds="${5:-20}"
mix="${MIX:-bench/query-mix-solr.txt}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
source "$root/bench/solr-baseline/solr.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="bench/results/solr-search-$label-$(date +%Y%m%d-%H%M).md"
solr_build "$work/home" "$work/data" "$corpus/manifest.csv" > "$work/build.log" 2>&1
{
  echo "# Search: Solr 9.10 embedded and the portal over HTTP, $label"
  echo
  echo "- machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) vCPUs shared with other guests"
  echo "- JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); portal commit $(git rev-parse --short HEAD)"
  echo "- mix: \`$mix\` ($(grep -c '^/api/search' "$mix") requests, random order) for both"
  echo "- Solr: $(grep -o '[0-9]* files, [0-9]* failed.*' "$work/build.log") (bench/solr-baseline SolrBuild); SolrSearch in"
  echo "  one JVM (-Xmx512m) per round, in-process, ${SOLR_WARMUP:-30} s unmeasured then ${seconds} s measured per client count"
  if [[ "${PORTAL:-1}" == "0" ]]; then echo "- portal: not run (PORTAL=0)"
  else echo "- portal: \`$portal_index\` through bench/search-load.sh (HTTP, LoadClient, result cache off, -Xmx512m)"; fi
  echo
} > "$out"
for round in $(seq 1 "$rounds"); do
  echo "## Round $round: Solr, $(date +%H:%M)" >> "$out"; echo >> "$out"
  solr_java -Xmx512m -Dsolr.data.dir="$work/data" org.policyportal.solrbaseline.SolrSearch "$work/home" "$mix" "${SOLR_WARMUP:-30}" "$seconds" 1 2 8 \
    2> "$work/search.log" | grep '^|' >> "$out"
  echo >> "$out"
  if [[ "${PORTAL:-1}" == "0" ]]; then continue; fi
  echo "## Round $round: portal, $(date +%H:%M)" >> "$out"; echo >> "$out"
  RUNS=1 PORTAL_RESULT_CACHE_MB=0 bench/search-load.sh "$portal_index" "$corpus" "$mix" "$label-r$round" "$seconds" \
    > "$work/load.log" 2>&1
  portal_file=$(ls -t bench/results/search-"$label"-r"$round"-*.md | head -1)
  { echo "([$(basename "$portal_file")]($(basename "$portal_file")))"; echo; grep '^|' "$portal_file"; echo; } >> "$out"
done
echo "$out"
