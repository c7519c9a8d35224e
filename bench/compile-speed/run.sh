#!/bin/sh
# run.sh [ESCGO] — times `escgo build -O0` on the generated ~20,000-line program
# (bench/compile-speed/big.go, made by gen.sh if missing) and prints lines per
# second, best of 3 runs. The binary goes to a temporary file.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
ESCGO=${1:-$ROOT/bin/escgo}
SRC=$HERE/big.go
[ -f "$SRC" ] || "$HERE/gen.sh" >&2
[ -x "$ESCGO" ] || { echo "run.sh: $ESCGO is not built (run make)" >&2; exit 2; }
lines=$(wc -l <"$SRC")
out=$(mktemp "${TMPDIR:-/tmp}/escgo-bench.XXXXXX")
trap 'rm -f "$out"' EXIT INT TERM
best=
for i in 1 2 3; do
	t0=$(date +%s.%N)
	"$ESCGO" build -O0 -o "$out" "$SRC"
	t1=$(date +%s.%N)
	t=$(awk -v a="$t1" -v b="$t0" 'BEGIN { printf "%.3f", a - b }')
	if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$t; fi
done
awk -v l="$lines" -v t="$best" 'BEGIN { printf "compile-speed: %d lines in %.3f s (best of 3) = %.0f lines/s\n", l, t, l / t }'
