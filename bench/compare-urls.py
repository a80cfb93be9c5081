#!/usr/bin/env python3
"""Asks two portal servers for the same URLs and prints a Markdown table: the new answer's size, whether both gave
the same status and bytes, and three timings each (after one warm-up request per URL and server, alternating the
servers). A zip is compared by the names and bytes of its entries, whose timestamps differ.

    compare-urls.py OLD_PORT NEW_PORT [HOST_HEADER] < urls    (one path per line)
"""
import hashlib, io, sys, time, urllib.error, urllib.request, zipfile

old, new = sys.argv[1], sys.argv[2]
headers = {"Host": sys.argv[3]} if len(sys.argv) > 3 else {}


def get(port, url):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{url}", headers=headers)
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=300) as r:
            status, body = r.status, r.read()
    except urllib.error.HTTPError as e:
        status, body = e.code, e.read()
    return status, body, time.perf_counter() - t


def digest(body):
    if body[:2] == b"PK":
        z = zipfile.ZipFile(io.BytesIO(body))
        body = b"".join(n.encode() + z.read(n) for n in sorted(z.namelist()))
    return hashlib.sha256(body).hexdigest()


print("| request | bytes (new) | same answer (status) | old s | new s |")
print("|---|---:|---|---|---|")
for u in (line.strip() for line in sys.stdin):
    if not u:
        continue
    get(old, u)
    get(new, u)
    times = {old: [], new: []}
    answers = {}
    for _ in range(3):
        for port in (old, new):
            status, body, secs = get(port, u)
            times[port].append(secs)
            answers[port] = (status, digest(body), len(body))
    same = "yes" if answers[old][:2] == answers[new][:2] else "NO"
    fmt = lambda ts: ", ".join(f"{t:.3f}" for t in ts)
    print(f"| `{u}` | {answers[new][2]:,} B | {same} ({answers[new][0]}) | {fmt(times[old])} | {fmt(times[new])} |")
