#!/usr/bin/env bash
# CPU per thread group of an indexing run: the indexing JVM ("main") and its extraction workers ("worker"),
# read from /proc every 0.2 s while the command runs, so C2, GC and the indexing threads can be told apart.
#   bench/thread-cpu.sh LOG -- COMMAND...
# e.g. bench/thread-cpu.sh /tmp/run.log -- java -Xmx2g -jar webapp/target/portal.jar index --corpus ... --full
# Prints seconds per group ("main:C2 CompilerThre", "worker:extract-worker", ...), then per role and in all.
# A thread that ends between two reads loses its last 0.2 s; the figures are a floor.
set -uo pipefail
log="$1"; shift; shift
"$@" > "$log" 2>&1 &
top=$!
declare -A last
while kill -0 "$top" 2>/dev/null; do
  for pid in $(pgrep java); do
    cmd=$({ tr '\0' ' ' < "/proc/$pid/cmdline"; } 2>/dev/null) || continue
    case "$cmd" in
      *ExtractWorker*) role=worker ;;
      *" index "*) role=main ;;
      *) continue ;;
    esac
    for t in /proc/"$pid"/task/*; do
      name=$({ sed 's/[#0-9-]*$//;s/ *$//' "$t/comm"; } 2>/dev/null) || continue
      ticks=$({ awk '{print $14 + $15}' "$t/stat"; } 2>/dev/null) || continue
      [[ -n "$ticks" ]] && last[$pid.${t##*/}]="$ticks	$role:$name"
    done
  done
  sleep 0.2
done
wait "$top"
hz=$(getconf CLK_TCK)
for k in "${!last[@]}"; do echo "${last[$k]}"; done | awk -F'\t' -v hz="$hz" '
  { group[$2] += $1; split($2, p, ":"); role[p[1]] += $1; all += $1 }
  END {
    for (g in group) if (group[g] >= hz / 10) printf "%7.1f s  %s\n", group[g] / hz, g
    for (r in role) printf "%7.1f s  ROLE %s\n", role[r] / hz, r
    printf "%7.1f s  ALL\n", all / hz
  }' | sort -rn
