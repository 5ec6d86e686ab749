#!/usr/bin/env bash
# The benchmark suite in one run (see docs/benchmarks.md): Baton's import, load, validate, pack,
# HTML, Markdown, JSON and PDF exports and CLI cold start at 100, 1,000 and 10,000 decisions
# (median and spread after a warm-up, peak heap), the read-and-parse floor, the same ADRs through
# log4brains and Structurizr's ADR importers, ratios, targets and docs/benchmarks.png.
# Usage: releng/bench/suite.sh [sizes] [runs]      e.g. releng/bench/suite.sh 100,1000 3
# Installs log4brains (npm) into ~/.cache/baton/log4brains the first time; set BATON_NO_LOG4BRAINS=1
# to skip that peer; PDF_MAX=10000 to measure the PDF at 10,000 decisions too (many minutes);
# ONLY=words,... to run only the steps whose names hold one of them (e.g. ONLY="HTML + PDF"; the
# plot is then not redrawn); HEAP=2g for another heap than 1g; L4B_MAX=1000 to run log4brains only up
# to that many decisions (it is stopped after 10 minutes anyway).
# Builds everything first (the distribution is needed for the cold start).
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=${1:-100,1000,10000}
runs=${2:-3}
l4b=""
if [ -z "${BATON_NO_LOG4BRAINS:-}" ] && command -v npm >/dev/null; then
  l4b="$HOME/.cache/baton/log4brains"
  if [ ! -x "$l4b/node_modules/.bin/log4brains" ]; then
    echo "installing log4brains into $l4b (once)..." >&2
    mkdir -p "$l4b"
    (cd "$l4b" && npm install --no-audit --no-fund log4brains@1.1.0 >/dev/null)
  fi
fi
exec ./mvnw -q verify -DskipTests -Psuite -Dsuite.sizes="$sizes" -Dsuite.runs="$runs" \
  -Dsuite.log4brains="$l4b" -Dsuite.pdf.max="${PDF_MAX:-1000}" -Dsuite.only="${ONLY:-}" -Dbench.heap="${HEAP:-1g}" \
  -Dsuite.log4brains.max="${L4B_MAX:-10000}"
