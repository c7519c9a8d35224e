#!/bin/sh
# run.sh [ESCGO...] — how long `escgo build` takes a user, warm and cold
# (issue 11: a warm hello world within 1.5x of the time before the standard
# library moved to Go's source; a cold cache, the standard packages compiled
# from scratch, under 60 s on 2 cores).
#
# Two programs: hello (fmt.Println: fmt and what it imports, reflect,
# strconv, os, syscall, time, sync, unicode, compile from GOROOT/src) and
# std (strings, unicode, io and container/list, likewise). Each is built
# RUNS times (default 3) with a cold cache (a fresh ESCGO_CACHE each time),
# RUNS times warm (the same cache, filled by a first build, the program
# unchanged: as go build, escgo then finds its output up to date and links
# nothing) and RUNS times edited (the same cache, a comment appended to the
# program first: its package compiles and the program links, the standard
# packages come from the cache). A cell is the best wall time and the
# user+system CPU time of that run. Several compilers (say the one before a
# change and after) are measured interleaved, run by run, so load on a
# shared machine falls on both alike. The load average is printed before
# and after; paste the table into bench/RESULTS.md.
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
n=0
for e in "$@"; do   # each compiler its own copy of the programs, edited apart
	n=$((n + 1))
	mkdir "$dir/c$n" && cp "$HERE/hello.go" "$HERE/std.go" "$dir/c$n/"
done

# one ESCGO CACHE PROG N: builds c$N/PROG.go, prints "wall cpu"
one() {
	(cd "$dir/c$4" && ESCGO_CACHE="$2" /usr/bin/time -f "%e %U %S" -o "$dir/time1" \
		"$1" build -o "$3.bin" "./$3.go") || { echo "run.sh: $1 build $3.go failed" >&2; exit 1; }
	awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$dir/time1"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
n=0
for e in "$@"; do   # the warm caches: one build each fills them
	n=$((n + 1))
	for prog in hello std; do one "$e" "$dir/warm$n" "$prog" "$n" >/dev/null; done
done
for i in $(seq 1 "$RUNS"); do
	n=0
	for e in "$@"; do
		n=$((n + 1))
		for prog in hello std; do
			echo "$n $prog cold $(one "$e" "$dir/cold$n.$i" "$prog" "$n")" >>"$dir/times"
			rm -rf "$dir/cold$n.$i"
			echo "$n $prog warm $(one "$e" "$dir/warm$n" "$prog" "$n")" >>"$dir/times"
			echo "// edit $i" >>"$dir/c$n/$prog.go"
			echo "$n $prog edited $(one "$e" "$dir/warm$n" "$prog" "$n")" >>"$dir/times"
		done
	done
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "| escgo | program | cold: wall / cpu (s) | warm: wall / cpu (s) | edited: wall / cpu (s) |"
echo "|-------|---------|----------------------|----------------------|------------------------|"
n=0
for e in "$@"; do
	n=$((n + 1))
	for prog in hello std; do
		cell() {
			awk -v n="$n" -v p="$prog" -v m="$1" '$1 == n && $2 == p && $3 == m &&
				(best == "" || $4 < best) { best = $4; cpu = $5 }
				END { printf "%.2f / %.2f", best, cpu }' "$dir/times"
		}
		echo "| $e | $prog | $(cell cold) | $(cell warm) | $(cell edited) |"
	done
done
