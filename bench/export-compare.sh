#!/usr/bin/env bash
# Serves one index with two portal jars side by side and, for each export request below (CSV, JSON and the zip of
# originals, both modes, filters, sorts, bad input), checks that both jars answer the same status and bytes and
# prints how long each took (compare-urls.py: a zip compared by its entries, one warm-up request per URL and
# server, then three timed requests each, alternating between the servers). The result cache is off, and both get
# the same Host header, so the absolute links in the rows match.
#   bench/export-compare.sh INDEX CORPUS OLD_JAR NEW_JAR    e.g. ... /tmp/perf/s100k-v9 /tmp/perf/scale100k-files a.jar b.jar
# Env: PORTS (default "7183 7184").
set -euo pipefail
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
index="$1"; corpus="$2"; old="$3"; new="$4"
read -r p1 p2 <<< "${PORTS:-7183 7184}"
source "$(dirname "${BASH_SOURCE[0]}")/two-servers.sh"
two_servers "$index" "$corpus" "$old" "$new" "$p1" "$p2"
cat <<'URLS' | python3 "$(dirname "${BASH_SOURCE[0]}")/compare-urls.py" "$p1" "$p2" portal.example:8080
/export.csv?q=security
/export.csv?q=security&mode=clauses
/export.json?q=
/export.csv?q=encryption&country=US
/export.csv?q=%22supply+chain%22&mode=clauses
/export.csv?q=tls&sort=year
/export.json?q=tls&sort=year-asc&mode=clauses&standard=tls
/export.csv?q=dnssec&year_from=2018&year_to=2022
/export.json?q=zzzqqq
/export.csv?q=sec*
/export.csv?country=NL&mode=clauses
/export.csv?q=security&sort=bogus
/download.zip?q=dnssec
/download.zip?q=security&country=NL
URLS
