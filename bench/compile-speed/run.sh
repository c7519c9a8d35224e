#!/bin/sh
# run.sh [ESCGO] — times `escgo build -O0` on the generated ~20,000-line program
# (bench/compile-speed/big.go, made by gen.sh if missing) and prints lines per
# second, best of 3 runs (the binary goes to a temporary file); then the
# default build (what users type) beside `go build` with a cold build cache,
# alternating, best and median of DEFAULT_RUNS (3) each, and the phases of
# the default build; then the front end's own speed from -d=time, best and
# median of 15 runs; then the build time of deeply nested programs, one per
# shape.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
ESCGO=${1:-$ROOT/bin/escgo}
SRC=$HERE/big.go
[ -f "$SRC" ] || "$HERE/gen.sh" >&2
[ -x "$ESCGO" ] || { echo "run.sh: $ESCGO is not built (run make)" >&2; exit 2; }
lines=$(wc -l <"$SRC")
# escgo's build cache would hand back the object of an earlier run of the
# same source: every build here compiles the program's own package afresh,
# as go build with an empty GOCACHE does. (The standard packages compiled
# from Go's source stay cached, as go's come prebuilt in $GOROOT/pkg: go
# build's cold build compiles only the main package too, `go build -x`
# shows one compile.)
export ESCGO_CACHE=off
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

# The default build beside go build's, side by side: alternating, so both
# see the same machine load, and go's build cache empty each time (go then
# compiles the runtime and fmt too; escgo's runtime is prebuilt C). Wall
# time, since both use every processor. The load average is printed: on a
# shared machine it moves both numbers.
wall() {   # wall COMMAND...: seconds
	t0=$(date +%s.%N)
	"$@" >/dev/null 2>&1 || { echo "run.sh: $* failed" >&2; exit 1; }
	t1=$(date +%s.%N)
	awk -v a="$t1" -v b="$t0" 'BEGIN { printf "%.3f\n", a - b }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
best() { sort -n | head -1; }
runs=${DEFAULT_RUNS:-3}
load0=$(cut -d' ' -f1-3 /proc/loadavg)
: >"$out.escgo"
: >"$out.go"
if command -v go >/dev/null 2>&1; then
	for i in $(seq 1 "$runs"); do
		wall "$ESCGO" build -o "$out" "$SRC" >>"$out.escgo"
		gocache=$(mktemp -d "${TMPDIR:-/tmp}/escgo-gocache.XXXXXX")
		rm -f "$out"   # go build skips a build whose output is up to date
		wall env GOCACHE="$gocache" go build -o "$out" "$SRC" >>"$out.go"
		rm -rf "$gocache"
	done
	eb=$(best <"$out.escgo"); em=$(median <"$out.escgo")
	gb=$(best <"$out.go"); gm=$(median <"$out.go")
	awk -v eb="$eb" -v em="$em" -v gb="$gb" -v gm="$gm" -v n="$runs" -v l0="$load0" -v l1="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
		printf "default build: escgo %.2f s best, %.2f s median; go build (cold cache) %.2f s best, %.2f s median (%d runs each, alternating; load %s -> %s)\n", eb, em, gb, gm, n, l0, l1
		printf "default build: escgo/go = %.2f (best/best), %.2f (median/median)\n", eb / gb, em / gm }'
else
	echo "default build: go is not installed, no comparison"
fi
# Where the default build's time goes: one more build, its -d=time phases
# (CPU per phase; the parts' phases run at the same time, in processes of
# their own).
"$ESCGO" build -gcflags=-d=time -o "$out" "$SRC" 2>&1 | grep -v 'front end' | sed 's/^escgo: time /default build phase: /'
rm -f "$out.escgo" "$out.go"

# The front end alone (lex+parse+check+lower), as -d=time measures it in the
# process: CPU time, so waiting for a CPU on a shared machine does not count.
# The same source as a non-main package, so that no code is generated: the
# front end does the same work either way. 15 runs: the best, the median,
# and the system (page fault) share of the best run.
dir=$(mktemp -d "${TMPDIR:-/tmp}/escgo-fe.XXXXXX")
trap 'rm -f "$out"; rm -rf "$dir"' EXIT INT TERM
sed 's/^package main$/package big/' "$SRC" >"$dir/big.go"
for i in $(seq 1 15); do
	(cd "$dir" && "$ESCGO" build -gcflags=-d=time big.go 2>&1) |
		sed -n 's/.*(\([0-9.]*\) ms cpu = [0-9]* lines\/s; \([0-9]*\) ms of it system), +\([0-9.]*\) MB/\1 \2 \3/p'
done | sort -n | awk -v l="$lines" '
	{ cpu[NR] = $1; sys[NR] = $2; mb[NR] = $3 }
	END { m = cpu[int((NR + 1) / 2)]
	      printf "front end: %d lines, best %.1f ms CPU = %.0f lines/s (%d ms system, %.0f MB), median %.1f ms = %.0f lines/s (15 runs)\n",
	             l, cpu[1], l / cpu[1] * 1000, sys[1], mb[1], m, l / m * 1000 }'

# Deep nesting: each shape at the depth escgo accepts for it (100,000 for
# binary chains and parentheses; 3,000 for composite literals, index
# expressions and struct types, past which it says "nesting too deep"),
# the whole default build (-O2), wall time. Linear shapes stay fast; the
# last three are bounded by LLVM's passes on one huge function.
python3 - "$dir" <<'PY'
import sys
d, big = sys.argv[1], 100000
def w(name, n, body):
    open(f'{d}/{name}.go', 'w').write(body(n))
w('binary', big, lambda n: 'package main\n\nfunc main() {\n\ta := 1\n\tprintln(a' + ' + a' * n + ')\n}\n')
w('parens', big, lambda n: 'package main\n\nfunc main() {\n\ta := 1\n\tprintln(' + '(' * n + 'a' + ')' * n + ')\n}\n')
w('index', 3000, lambda n: 'package main\n\nfunc main() {\n\tx := []int{0}\n\t_ = ' + 'x[' * n + '0' + ']' * n + '\n}\n')
w('complit', 3000, lambda n: 'package main\n\nfunc main() {\n\t_ = ' + '[]any{' * n + '1' + '}' * n + '\n}\n')
w('struct', 3000, lambda n: 'package main\n\nvar v ' + 'struct{ f ' * n + 'int' + ' }' * n + '\n\nfunc main() { _ = v }\n')
PY
for shape in binary parens index complit struct; do
	t0=$(date +%s.%N)
	(cd "$dir" && "$ESCGO" build -o "$out" "$shape.go")
	t1=$(date +%s.%N)
	awk -v s="$shape" -v a="$t1" -v b="$t0" 'BEGIN { printf "deep %-8s %.2f s\n", s, a - b }'
done
