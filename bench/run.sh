#!/bin/sh
# make bench: every package under bench/pairs and bench/programs with escgo,
# escgo -escape=off, gc and gccgo (where installed); writes
# bench/results/REPORT.md and the SVG charts. See bench/README.md.
#
#   BENCH_COUNT=3        repetitions (-count), medians are reported
#   BENCH_TIME=300ms     -benchtime of each repetition
#   BENCH_PROFILE_MS=250 target length of the fixed-N run that counts GCs and peak RSS
#   BENCH_PKGS=RE        only packages whose directory name matches RE
#   BENCH_PERF=0         skip the perf profile
set -e
cd "$(dirname "$0")/.."
command -v python3 >/dev/null 2>&1 || { echo "bench: python3 is required" >&2; exit 1; }
exec python3 bench/runner.py "$@"
