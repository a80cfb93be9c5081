#!/usr/bin/env bash
# Indexing benchmark: a full build of a corpus, then files/s, MB/s and clauses/s from the ingest report.
#   bench/index-bench.sh [CORPUS] [MANIFEST]    (default: ../shared/corpus-real and its manifest.csv)
# Writes bench/results/index-<date>.md with the machine, JDK and corpus it ran on.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$root/../shared/corpus-real}"
manifest="${2:-$corpus/manifest.csv}"
threads="${THREADS:-$(nproc)}"
index="$(mktemp -d)/index"
trap 'rm -rf "$(dirname "$index")"' EXIT

"$root/portal" --version >/dev/null   # builds the jar first, so the build is not timed
# The machine is shared: CPU time (user + sys of the indexer and its extraction workers, which it reaps) is the
# figure to compare; wall time and the load averages around the run say how busy the neighbours were.
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)
cpu_file="$(dirname "$index")/cpu"
start=$(date +%s.%N)
TIMEFORMAT='%U %S'
{ time "$root/portal" index --corpus "$corpus" --manifest "$manifest" --index "$index" --full --threads "$threads" >/dev/null; } 2> "$cpu_file"
end=$(date +%s.%N)
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)
cpu=$(tail -1 "$cpu_file" | awk '{print $1 + $2}')
report="$(ls -d "$index"/gen-*/ | tail -1)ingest-report.json"

# runs that end in the same minute get their own file, not the last one's
out="$root/bench/results/index-$(date +%Y%m%d-%H%M)"
suffix=""; n=1
while [[ -e "$out$suffix.md" ]]; do n=$((n + 1)); suffix="-$n"; done
out="$out$suffix.md"
python3 - "$report" "$corpus" "$start" "$end" "$threads" "$cpu" "$load_before" "$load_after" <<'PY' | tee "$out"
import json, os, sys, platform, subprocess
report, corpus, start, end, threads = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
cpu, load_before, load_after = float(sys.argv[6]), sys.argv[7], sys.argv[8]
r = json.load(open(report))
files = r["files"]
nbytes = sum(os.path.getsize(os.path.join(corpus, f["path"])) for f in files if os.path.exists(os.path.join(corpus, f["path"])))
secs = end - start
clauses = sum(f["clauses"] for f in files)
java = subprocess.run([os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64") + "/bin/java", "-version"],
                      capture_output=True, text=True).stderr.splitlines()[0]
print(f"# Indexing benchmark\n")
print(f"- corpus: `{corpus}` ({len(files)} files, {nbytes/1e6:.1f} MB); counts {r['counts']}")
print(f"- machine: {platform.machine()}, {os.cpu_count()} cores; JDK: {java}; threads: {threads}")
print(f"- wall time (JVM start to publish): {secs:.1f} s; CPU time (user + sys, indexer and extraction workers): "
      f"{cpu:.1f} s; load average before / after: {load_before} / {load_after}\n")
print("| files/s | MB/s | clauses/s | clauses | CPU ms/file |\n|---:|---:|---:|---:|---:|")
print(f"| {len(files)/secs:.1f} | {nbytes/1e6/secs:.2f} | {clauses/secs:.0f} | {clauses} | {1000*cpu/len(files):.1f} |")
PY
