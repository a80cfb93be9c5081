#!/usr/bin/env bash
# Serves one index with two portal jars side by side and, for each insights request below (compare matrix,
# research questions, timeline), checks that both jars answer the same JSON (compared as parsed values: the key
# order of some maps changes between JVM runs) and prints how long each took. The timed request is the first of its URL on each server, after one warm-up request per
# endpoint; the result cache is off.
#   bench/insights-compare.sh INDEX CORPUS OLD_JAR NEW_JAR    e.g. ... /tmp/perf/s100k-v9 /tmp/perf/scale100k-files a.jar b.jar
# Env: PORTS (default "7181 7182").
set -euo pipefail
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
index="$1"; corpus="$2"; old="$3"; new="$4"
read -r p1 p2 <<< "${PORTS:-7181 7182}"
source "$(dirname "${BASH_SOURCE[0]}")/two-servers.sh"
two_servers "$index" "$corpus" "$old" "$new" "$p1" "$p2"
python3 - "$p1" "$p2" <<'PY'
import json, sys, time, urllib.request
old, new = sys.argv[1], sys.argv[2]
urls = ["/api/compare", "/api/compare?rows=issuingBody", "/api/compare?columns=category",
        "/api/compare?country=US", "/api/compare?standard=tls", "/api/compare?q=encryption",
        "/api/compare?columns=category&rows=issuingBody&country=US", "/api/compare?year=2021",
        "/api/questions", "/api/questions?country=US", "/api/questions?digital=yes", "/api/questions?q=security",
        "/api/questions?country=FR&country=DE", "/api/questions?standard=tls",
        "/api/timeline?standard=tls", "/api/timeline?standard=dmarc&country=NL", "/api/timeline?standard=iso27001&q=audit"]
def get(port, url):
    t = time.perf_counter()
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{url}", timeout=120) as r:
        body = json.load(r)
    return body, time.perf_counter() - t
for port in (old, new):
    get(port, "/api/compare"); get(port, "/api/questions")
print("| request | same answer | old s | new s |")
print("|---|---|---:|---:|")
for u in urls:
    a, ta = get(old, u)
    b, tb = get(new, u)
    print(f"| `{u}` | {'yes' if a == b else 'NO'} | {ta:.3f} | {tb:.3f} |")
PY
