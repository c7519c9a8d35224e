#!/bin/sh
# run.sh [ESCGO] — times escape analysis alone (escgo -gcflags=-d=time,
# the "escape" phase, CPU time) on generated packages of 1k, 10k and 100k
# functions, best of 3, and prints the growth ratios. The package is not
# main, so nothing is code-generated (as go build does with a library).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
ESCGO=${1:-$ROOT/bin/escgo}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/escgo-scaling.XXXXXX")
trap 'rm -rf "$TMP"' EXIT INT TERM
prev=
for n in 1000 10000 100000; do
	mkdir -p "$TMP/p$n"
	"$HERE/gen.sh" "$n" >"$TMP/p$n/lib.go"
	lines=$(wc -l <"$TMP/p$n/lib.go")
	best=
	for i in 1 2 3; do
		t=$("$ESCGO" build -gcflags=-d=time "$TMP/p$n/lib.go" 2>&1 |
			awk '$3 == "escape" { print $7 }')
		if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$t; fi
	done
	ratio=
	[ -n "$prev" ] && ratio=$(awk -v a="$best" -v b="$prev" 'BEGIN { printf " (x%.1f vs the previous size)", a / b }')
	printf 'escape-scaling: %6d functions, %7d lines: escape analysis %8.1f ms cpu%s\n' "$n" "$lines" "$best" "$ratio"
	prev=$best
done
