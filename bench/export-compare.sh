#!/usr/bin/env bash
# Serves one index with two portal jars side by side and, for each export request below (CSV, JSON and the zip of
# originals, both modes, filters, sorts, bad input), checks that both jars answer the same status and bytes (a zip
# by the names and bytes of its entries, whose timestamps differ) and prints how long each took: one warm-up
# request per URL and server, then three timed requests each, alternating between the servers. The result cache
# is off, and both get the same Host header, so the absolute links in the rows match.
#   bench/export-compare.sh INDEX CORPUS OLD_JAR NEW_JAR    e.g. ... /tmp/perf/s100k-v9 /tmp/perf/scale100k-files a.jar b.jar
# Env: PORTS (default "7183 7184").
set -euo pipefail
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
index="$1"; corpus="$2"; old="$3"; new="$4"
read -r p1 p2 <<< "${PORTS:-7183 7184}"
source "$(dirname "${BASH_SOURCE[0]}")/two-servers.sh"
two_servers "$index" "$corpus" "$old" "$new" "$p1" "$p2"
python3 - "$p1" "$p2" <<'PY'
import hashlib, io, sys, time, urllib.error, urllib.request, zipfile
old, new = sys.argv[1], sys.argv[2]
urls = ["/export.csv?q=security", "/export.csv?q=security&mode=clauses", "/export.json?q=",
        "/export.csv?q=encryption&country=US", "/export.csv?q=%22supply+chain%22&mode=clauses",
        "/export.csv?q=tls&sort=year", "/export.json?q=tls&sort=year-asc&mode=clauses&standard=tls",
        "/export.csv?q=dnssec&year_from=2018&year_to=2022", "/export.json?q=zzzqqq", "/export.csv?q=sec*",
        "/export.csv?country=NL&mode=clauses", "/export.csv?q=security&sort=bogus",
        "/download.zip?q=dnssec", "/download.zip?q=security&country=NL"]
def get(port, url):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{url}", headers={"Host": "portal.example:8080"})
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=300) as r:
            status, body = r.status, r.read()
    except urllib.error.HTTPError as e:
        status, body = e.code, e.read()
    return status, body, time.perf_counter() - t
def digest(url, body):
    if url.startswith("/download.zip") and body[:2] == b"PK":
        z = zipfile.ZipFile(io.BytesIO(body))
        body = b"".join(n.encode() + z.read(n) for n in sorted(z.namelist()))
    return hashlib.sha256(body).hexdigest()
print("| request | bytes (new) | same answer (status) | old s | new s |")
print("|---|---:|---|---|---|")
for u in urls:
    get(old, u); get(new, u)
    times = {old: [], new: []}
    answers = {}
    for _ in range(3):
        for port in (old, new):
            status, body, secs = get(port, u)
            times[port].append(secs)
            answers[port] = (status, digest(u, body), len(body))
    same = "yes" if answers[old][:2] == answers[new][:2] else "NO"
    size = f"{answers[new][2]:,} B"
    fmt = lambda ts: ", ".join(f"{t:.2f}" for t in ts)
    print(f"| `{u}` | {size} | {same} ({answers[new][0]}) | {fmt(times[old])} | {fmt(times[new])} |")
PY
