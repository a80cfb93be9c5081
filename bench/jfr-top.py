#!/usr/bin/env python3
"""Aggregates JFR samples: top self frames, and top inclusive frames (optionally filtered by a prefix).
   bench/jfr-top.py recording.jfr [--prefix org.policyportal] [--n 30] [--thread SUBSTRING] [--event EVENT]
EVENT: jdk.ExecutionSample (default) or jdk.CPUTimeSample (JDK 25's CPU-time sampler, the one to trust for the
server: the execution sampler misattributes time to Jetty's selector). Uses `jfr print` (JAVA_HOME's jfr).
Record with -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints: without it a sample inside a compiled loop is
charged to the next call site's frame (2026-11-30: 5-6 % of search CPU showed as HashMap.putVal, beside array loops)."""
import collections, os, re, subprocess, sys
args = sys.argv[1:]
path = args[0]
prefix = args[args.index('--prefix') + 1] if '--prefix' in args else None
n = int(args[args.index('--n') + 1]) if '--n' in args else 30
thread = args[args.index('--thread') + 1] if '--thread' in args else None
event = args[args.index('--event') + 1] if '--event' in args else 'jdk.ExecutionSample'
jfr = os.path.join(os.environ.get('JAVA_HOME', '/usr/lib/jvm/temurin-25-jdk-amd64'), 'bin', 'jfr')
out = subprocess.run([jfr, 'print', '--stack-depth', '64', '--events', event, path],
                     capture_output=True, text=True).stdout
self_c, incl_c, total = collections.Counter(), collections.Counter(), 0
for ev in out.split(event + ' {')[1:]:
    if thread:
        m = re.search(r'(?:sampled|event)Thread = "([^"]*)"', ev)
        if not m or thread not in m.group(1):
            continue
    frames = re.findall(r'^\s+([\w$.<>/]+)\(.*?line:', ev, re.M)
    if not frames:
        continue
    total += 1
    self_c[frames[0]] += 1
    for f in set(frames):
        if prefix is None or f.startswith(prefix):
            incl_c[f] += 1
print(f"samples: {total}")
print("\n## self")
for f, c in self_c.most_common(n):
    print(f"{100.0 * c / total:5.1f}%  {f}")
print("\n## inclusive" + (f" ({prefix}*)" if prefix else ""))
for f, c in incl_c.most_common(n):
    print(f"{100.0 * c / total:5.1f}%  {f}")
