#!/bin/sh
# run.sh [ESCGO...] — how long `escgo build` takes a user, warm and cold
# (issue 11: a warm hello world within 1.5x of the time before the standard
# library moved to Go's source; a cold cache, the standard packages compiled
# from scratch, under 60 s on 2 cores).
#
# Two programs: hello (fmt.Println only: fmt is C, so nothing of Go's source
# is compiled) and std (strings, unicode, io and container/list: compiled
# from GOROOT/src with what they import). Each is built RUNS times (default
# 3) with a cold cache (a fresh ESCGO_CACHE each time) and RUNS times warm
# (the same cache, filled by a first build); a cell is the best wall time
# and the user+system CPU time of that run. Several compilers (say the one
# before a change and after) are measured interleaved, run by run, so load
# on a shared machine falls on both alike. The load average is printed
# before and after; paste the table into bench/RESULTS.md.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
RUNS=${RUNS:-3}
[ $# -gt 0 ] || set -- "$ROOT/bin/escgo"
for e in "$@"; do
	[ -x "$e" ] || { echo "run.sh: $e is not built (run make)" >&2; exit 2; }
done
dir=$(mktemp -d "${TMPDIR:-/tmp}/escgo-build-speed.XXXXXX")
trap 'rm -rf "$dir"' EXIT INT TERM
cp "$HERE/hello.go" "$HERE/std.go" "$dir/"

# one ESCGO CACHE PROG: builds PROG.go, appends "wall cpu" to $dir/t
one() {
	(cd "$dir" && ESCGO_CACHE="$2" /usr/bin/time -f "%e %U %S" -o "$dir/time1" \
		"$1" build -o "$dir/$3.bin" "./$3.go") || { echo "run.sh: $1 build $3.go failed" >&2; exit 1; }
	awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$dir/time1"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
n=0
for e in "$@"; do   # the warm caches: one build each fills them
	n=$((n + 1))
	for prog in hello std; do one "$e" "$dir/warm$n" "$prog" >/dev/null; done
done
for i in $(seq 1 "$RUNS"); do
	n=0
	for e in "$@"; do
		n=$((n + 1))
		for prog in hello std; do
			echo "$n $prog cold $(one "$e" "$dir/cold$n.$i" "$prog")" >>"$dir/times"
			rm -rf "$dir/cold$n.$i"
			echo "$n $prog warm $(one "$e" "$dir/warm$n" "$prog")" >>"$dir/times"
		done
	done
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "| escgo | program | cold: wall / cpu (s) | warm: wall / cpu (s) |"
echo "|-------|---------|----------------------|----------------------|"
n=0
for e in "$@"; do
	n=$((n + 1))
	for prog in hello std; do
		cell() {
			awk -v n="$n" -v p="$prog" -v m="$1" '$1 == n && $2 == p && $3 == m &&
				(best == "" || $4 < best) { best = $4; cpu = $5 }
				END { printf "%.2f / %.2f", best, cpu }' "$dir/times"
		}
		echo "| $e | $prog | $(cell cold) | $(cell warm) |"
	done
done
