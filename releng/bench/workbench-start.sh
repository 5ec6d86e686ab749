#!/usr/bin/env bash
# Start-up of the Baton Workbench: wall time from starting bin/baton-workbench to its workbench
# window being mapped on the display (the Baton perspective: Architecture Explorer, Decision Log,
# Problems, Diagram), with a fresh, empty workspace. Runs on its own Xvfb display; each run a fresh
# JVM, workspace and OSGi configuration cache (-clean).
# Prints median and spread of RUNS runs after one warm-up run (it only fills the OS file cache).
# Usage: releng/bench/workbench-start.sh [runs]   (after ./mvnw verify; needs xvfb and x11-utils)
set -euo pipefail
cd "$(dirname "$0")/../.."
product=releng/dev.baton.workbench/target/products/dev.baton.workbench/linux/gtk/x86_64
[ -x "$product/baton-workbench" ] || { echo "no $product/baton-workbench: build it first with ./mvnw verify -DskipTests" >&2; exit 2; }
command -v xwininfo >/dev/null || { echo "needs xwininfo (apt-get install x11-utils)" >&2; exit 2; }
. ./.mvn/jdk.sh
runs=${1:-5}
scratch=$(mktemp -d)
Xvfb :93 -screen 0 1280x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$scratch"' EXIT
sleep 1
times=()
for i in $(seq 0 "$runs"); do
  rm -rf "$scratch/ws" && mkdir -p "$scratch/ws"
  start=$(date +%s%N)
  DISPLAY=:93 "$product/baton-workbench" -data "$scratch/ws" -clean >/dev/null 2>&1 &
  app=$!
  until DISPLAY=:93 xwininfo -root -tree 2>/dev/null | grep -q 'Baton Workbench'; do sleep 0.05; done
  end=$(date +%s%N)
  kill $app; wait $app 2>/dev/null || true
  [ "$i" -gt 0 ] && times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "Baton Workbench start to window, $runs runs: median ${sorted[$(( ${#sorted[@]} / 2 ))]} ms, fastest ${sorted[0]} ms, slowest ${sorted[-1]} ms"
