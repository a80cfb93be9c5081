#!/usr/bin/env bash
# Serves one index with two portal jars side by side and, for document-page requests of the documents given (every
# part, deep links to clauses, a query, projector mode, bad values) and their JSON, checks that both jars answer the
# same status and bytes and prints how long each took (compare-urls.py: one warm-up request per URL and server,
# then three timed requests each, alternating between the servers). The result cache is off.
#   bench/document-compare.sh INDEX CORPUS OLD_JAR NEW_JAR DOC_ID...
# Env: PORTS (default "7185 7186").
set -euo pipefail
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
index="$1"; corpus="$2"; old="$3"; new="$4"; shift 4
read -r p1 p2 <<< "${PORTS:-7185 7186}"
source "$(dirname "${BASH_SOURCE[0]}")/two-servers.sh"
two_servers "$index" "$corpus" "$old" "$new" "$p1" "$p2"
for d in "$@"; do
  b="/documents/$d"
  printf '%s\n' "$b" "$b?part=2" "$b?part=3&large=1" "$b?clause=1000" "$b?clause=999999" "$b?q=encryption" \
      "$b?q=encryption&part=2" "$b?q=%22access+control%22&clause=401" "$b?part=0" "$b?part=x" "$b?clause=-3" \
      "/api/documents/$d"
done | python3 "$(dirname "${BASH_SOURCE[0]}")/compare-urls.py" "$p1" "$p2"
