#!/usr/bin/env bash
# Cold start of the baton command: wall time of `baton list` on the example, from process start
# to exit (the list is the only output), each run a fresh JVM and a fresh Felix framework.
# Prints median and spread of RUNS runs after WARMUP runs (the warm-up only fills the OS file cache).
# Usage: releng/bench/cli-cold-start.sh [runs]   (after ./mvnw verify, which builds the distribution)
set -euo pipefail
cd "$(dirname "$0")/../.."
baton=releng/dev.baton.cli.distribution/target/baton/bin/baton
[ -x "$baton" ] || { echo "no $baton: build it first with ./mvnw verify -DskipTests" >&2; exit 2; }
runs=${1:-10}
warmup=2
times=()
for i in $(seq 1 $((warmup + runs))); do
  start=$(date +%s%N)
  "$baton" list -C examples/larkspur-platform >/dev/null 2>&1 || true
  end=$(date +%s%N)
  [ "$i" -gt "$warmup" ] && times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$(( ${#sorted[@]} / 2 ))]}
echo "baton list on examples/larkspur-platform (26 decisions, 140 records), $runs runs:"
echo "  median ${median} ms, fastest ${sorted[0]} ms, slowest ${sorted[-1]} ms (target: 1000 ms)"
