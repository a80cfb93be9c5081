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
start=$(date +%s.%N)
"$root/portal" index --corpus "$corpus" --manifest "$manifest" --index "$index" --full --threads "$threads" >/dev/null
end=$(date +%s.%N)
report="$(ls -d "$index"/gen-*/ | tail -1)ingest-report.json"

python3 - "$report" "$corpus" "$start" "$end" "$threads" <<'PY' | tee "$root/bench/results/index-$(date +%Y%m%d-%H%M).md"
import json, os, sys, platform, subprocess
report, corpus, start, end, threads = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
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
print(f"- wall time (JVM start to publish): {secs:.1f} s\n")
print("| files/s | MB/s | clauses/s | clauses |\n|---:|---:|---:|---:|")
print(f"| {len(files)/secs:.1f} | {nbytes/1e6/secs:.2f} | {clauses/secs:.0f} | {clauses} |")
PY
