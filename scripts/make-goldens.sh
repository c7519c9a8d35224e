#!/bin/sh
# make-goldens.sh — regenerate expected outputs from the REAL Go toolchain (gc).
#
#   scripts/make-goldens.sh                 everything below
#   scripts/make-goldens.sh run [F.go...]   tests/run/NAME.{out,err,exit}, tests/scale/ too
#   scripts/make-goldens.sh errors [F.go..] tests/errors/NAME.gcout
#   scripts/make-goldens.sh samples [DIR..] samples/*/expected.out
#   scripts/make-goldens.sh modules [DIR..]   tests/modules/NAME/testdata/ (golden_module)
#   scripts/make-goldens.sh gotest [DIR..]  tests/gotest/NAME/expected*.out (golden_gotest)
#   scripts/make-goldens.sh explain [F.go..|DIR..] tests/escape/NAME.m2 or
#                                           samples/NAME/expected.m2: gc's -m=2 -l
#                                           output (without arguments: those
#                                           that have one already)
#   scripts/make-goldens.sh json [DIR..]   samples/NAME/expected.json: gc's
#                                           -json=0,DIR optimisation log with -l
#                                           (each file's log, the scratch
#                                           directory written $DIR; without
#                                           arguments: every sample)
#   scripts/make-goldens.sh inline [F.go|DIR..]  tests/run/NAME.minl, tests/escape/NAME.minl
#                                           and samples/NAME/expected.inl: gc's -m
#                                           output, inlining on (without arguments:
#                                           those that have one already; a sample
#                                           gets one once escgo's equals it)
#
# Goldens never come from escgo. Each program is copied to a scratch directory,
# built with `go build -o` and the binary is run directly (`go run` would add
# "exit status N" to stderr), its standard input NAME.in if present, else
# empty, its arguments the words of NAME.args if present. For tests/run:
#   NAME.out   exact stdout
#   NAME.err   exact stderr; for a panic or fatal error (exit status 2) only
#              its first block, up to the first empty line
#   NAME.exit  the exit status, only when it is not 0
#   NAME.trace for exit status 2: gc's whole stderr (its frames are
#              compared, addresses, offsets and arguments masked), except
#              for the tests tests/run/traceback-differs.txt lists
set -u

ROOT=$(cd "$(dirname "$0")/.." && pwd)
[ -n "$(command -v go)" ] || { echo "make-goldens: 'go' not found (apt-get install golang-go)" >&2; exit 2; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/escgo-goldens.XXXXXX")
trap 'rm -rf "$TMP"' EXIT INT TERM
: >"$TMP/empty"
export GO111MODULE=auto GOFLAGS= GOTOOLCHAIN=local GOTRACEBACK=single
fail=0

# go_build DIR ARGS... : `go build ARGS` in DIR, stderr to $TMP/build.err. Retried
# when the go command itself failed (e.g. /dev/null briefly missing on a shared box).
go_build() {
	gb_dir=$1; shift
	for try in 1 2 3 4 5; do
		(cd "$gb_dir" && go build "$@") 2>"$TMP/build.err" && return 0
		rc=$?
		grep -q -e '^go: ' -e '^go build .*: ' -e 'open /dev/null' "$TMP/build.err" || return $rc
		sleep 1
	done
	return $rc
}

# build_in_scratch SRC... : copies SRC files into $TMP/w, builds $TMP/w/prog.
build_in_scratch() {
	rm -rf "$TMP/w" && mkdir -p "$TMP/w"
	cp "$@" "$TMP/w/"
	go_build "$TMP/w" -o prog $(for f in "$@"; do basename "$f"; done)
}

golden_run() {
	src=$1; base=${src%.go}; name=$(basename "$base")
	if ! build_in_scratch "$src"; then
		echo "FAIL build $src:"; cat "$TMP/build.err"; fail=1; return
	fi
	stdin="$TMP/empty"   # NAME.in: the program's standard input
	[ -f "$base.in" ] && stdin="$(cd "$(dirname "$src")" && pwd)/$name.in"
	args=""   # NAME.args: its command-line arguments (words), as run-tests.sh passes them
	[ -f "$base.args" ] && args=$(cat "$base.args")
	# shellcheck disable=SC2086 # NAME.args is a list of words
	(cd "$TMP/w" && timeout 60 ./prog $args >"$TMP/out" 2>"$TMP/err" <"$stdin")
	rc=$?
	cp "$TMP/out" "$base.out"
	if [ "$rc" -eq 2 ]; then
		awk 'NF == 0 { exit } { print }' "$TMP/err" >"$base.err"
		# gc's whole stderr: run-tests.sh compares its frames, except for
		# the tests tests/run/traceback-differs.txt names (and says why)
		if grep -q "^$name " "$ROOT/tests/run/traceback-differs.txt"; then
			rm -f "$base.trace"
		else
			cp "$TMP/err" "$base.trace"
		fi
	else
		cp "$TMP/err" "$base.err"
	fi
	if [ "$rc" -ne 0 ]; then echo "$rc" >"$base.exit"; else rm -f "$base.exit"; fi
	echo "run     $name (exit $rc)"
}

golden_error() {
	src=$1; base=${src%.go}; name=$(basename "$base")
	rm -rf "$TMP/w" && mkdir -p "$TMP/w" && cp "$src" "$TMP/w/"
	go_build "$TMP/w" -o prog "./$name.go"
	rc=$?
	sed '/^# command-line-arguments$/d' "$TMP/build.err" >"$base.gcout"
	if [ "$rc" -eq 0 ]; then echo "note   $name: gc accepts it (escgo-specific test)"; fi
	echo "errors  $name (exit $rc)"
}

# golden_m SRC FLAGS EXT: gc's -m output with FLAGS for a file or sample
# (explain: -m=2 -l into NAME.m2; inline: -m, inlining on, into NAME.minl).
golden_m() {
	src=${1%/} flags=$2 ext=$3
	rm -rf "$TMP/w" && mkdir -p "$TMP/w"
	if [ -f "$src/go.mod" ]; then   # a module sample: its main package, "."
		rm -rf "$TMP/w" && cp -r "$src" "$TMP/w"
		out="$src/expected.$ext"
		go_build "$TMP/w" -gcflags="$flags" -o prog .
		cp "$TMP/build.err" "$out"
		echo "$4 $src"
		return
	fi
	if [ -d "$src" ] && ! ls "$src"/*.go | grep -qv '_test\.go$'; then
		# a sample of test files only (concat_bench): `go build` has nothing
		# to build, so gc's -m lines come from `go test -c`, the sample as a
		# module named after its package; the output's second block, "# PKG.test",
		# is about go's generated _testmain.go in its temporary directory (escgo's
		# test main is its own) and is left out
		cp "$src"/*.go "$TMP/w/"
		pkg=$(sed -n 's/^package \([A-Za-z0-9_]*\).*/\1/p' "$src"/*_test.go | head -n 1)
		printf 'module %s\n\ngo 1.19\n' "$pkg" >"$TMP/w/go.mod"
		out="$src/expected.$ext"
		(cd "$TMP/w" && GO111MODULE=on go test -c -o "$TMP/prog.test" -gcflags="$flags" .) 2>"$TMP/build.err"
		awk -v end="# $pkg.test" '$0 == end { exit } { print }' "$TMP/build.err" >"$out"
		echo "$4 $src"
		return
	fi
	if [ -d "$src" ]; then   # a sample: its non-test files, named one by one
		cp "$src"/*.go "$TMP/w/" && rm -f "$TMP/w"/*_test.go
		out="$src/expected.$ext"
	else
		cp "$src" "$TMP/w/"
		out="${src%.go}.$ext"
	fi
	go_build "$TMP/w" -gcflags="$flags" -o prog $(cd "$TMP/w" && ls *.go)
	cp "$TMP/build.err" "$out"
	echo "$4 $src"
}

golden_explain() { golden_m "$1" '-m=2 -l' m2 explain; }
golden_inline() {   # a sample's expected.inl, a file's NAME.minl
	if [ -d "$1" ]; then golden_m "$1" '-m' inl inline; else golden_m "$1" '-m' minl inline; fi
}

# golden_json DIR: a sample's gc optimisation log (-gcflags='-l -json=0,LOG'):
# its files' logs one after the other, by name, the scratch path as $DIR.
golden_json() {
	dir=${1%/}
	rm -rf "$TMP/w" "$TMP/log" && mkdir -p "$TMP/w"
	cp "$dir"/*.go "$TMP/w/" && rm -f "$TMP/w"/*_test.go
	if ! go_build "$TMP/w" -gcflags="-l -json=0,$TMP/log" -o prog $(cd "$TMP/w" && ls *.go); then
		echo "FAIL build $dir:"; cat "$TMP/build.err"; fail=1; return
	fi
	for f in $(ls "$TMP"/log/main/*.json 2>/dev/null); do cat "$f"; done |
		sed "s|$TMP/w|\$DIR|g" >"$dir/expected.json"
	echo "json    $dir"
}

golden_sample() {
	dir=${1%/}
	if [ -f "$dir/go.mod" ]; then   # a module: the whole tree, built as "."
		rm -rf "$TMP/w" && cp -r "$dir" "$TMP/w" && go_build "$TMP/w" -o prog .
	else
		build_in_scratch "$dir"/*.go
	fi
	if [ $? -ne 0 ]; then
		echo "FAIL build $dir:"; cat "$TMP/build.err"; fail=1; return
	fi
	(cd "$TMP/w" && timeout 60 ./prog >"$ROOT/$dir/expected.out" 2>"$TMP/err" <"$TMP/empty")
	rc=$?
	# stderr from println of pointers/interfaces holds addresses: not a golden.
	if [ -s "$TMP/err" ] && ! grep -q '0x[0-9a-f]' "$TMP/err"; then
		cp "$TMP/err" "$dir/expected.err"
	else
		rm -f "$dir/expected.err"
	fi
	echo "sample  $dir (exit $rc)"
}

cd "$ROOT"
what=${1:-all}; [ $# -gt 0 ] && shift
# golden_module tests/modules/NAME: a module, built and run by the go command in
# place (the modules require nothing: no network).
# Writes NAME/testdata/: m.txt (go build -gcflags='-m -l' ARGS: stdout+stderr,
# ARGS from testdata/build-args, default ./...) and build.exit when not 0;
# m-inline.txt (-gcflags=-m: inlining on) when the module has one;
# run.out and run.err (the main package testdata/run-pkg names, default ".",
# built with go build -o and run) when that is a main package; test.out
# (go test ./..., or testdata/test-args) when the module has _test.go files.
golden_module() {
	gm_dir=$1; gm_td=$(cd "$gm_dir" && pwd)/testdata
	mkdir -p "$gm_td"
	gm_args=./...
	[ -f "$gm_td/build-args" ] && gm_args=$(cat "$gm_td/build-args")
	rm -f "$gm_td/build.exit"
	# shellcheck disable=SC2086
	(cd "$gm_dir" && go build -o /dev/null -gcflags='-m -l' $gm_args) >"$gm_td/m.txt" 2>&1
	gm_rc=$?
	[ $gm_rc = 0 ] || echo $gm_rc >"$gm_td/build.exit"
	# m-inline.txt (go build -gcflags=-m ARGS), for the modules that have one
	# shellcheck disable=SC2086
	[ -f "$gm_td/m-inline.txt" ] && (cd "$gm_dir" && go build -o /dev/null -gcflags=-m $gm_args) >"$gm_td/m-inline.txt" 2>&1
	gm_pkg=.
	[ -f "$gm_td/run-pkg" ] && gm_pkg=$(cat "$gm_td/run-pkg")
	if [ $gm_rc = 0 ] && grep -qs '^package main' "$gm_dir/$gm_pkg"/*.go; then
		(cd "$gm_dir" && go build -o "$TMP/modbin" "$gm_pkg") || fail=1
		(cd "$gm_dir" && "$TMP/modbin" >"$TMP/mod.out" 2>"$TMP/mod.err")
		cp "$TMP/mod.out" "$gm_td/run.out"; cp "$TMP/mod.err" "$gm_td/run.err"
	fi
	if [ $gm_rc = 0 ] && find "$gm_dir" -name '*_test.go' | grep -q .; then
		gm_targs=./...
		[ -f "$gm_td/test-args" ] && gm_targs=$(cat "$gm_td/test-args")
		# shellcheck disable=SC2086
		(cd "$gm_dir" && go test -count=1 $gm_targs >"$gm_td/test.out" 2>&1)
	fi
	echo "modules: $gm_dir"
}

# golden_gotest tests/gotest/NAME: a package and its tests, run as escgo test
# runs them there (GOPATH mode, "."): go test ARGS (testdata args, default -v)
# writes expected.out and expected.exit (when not 0); plain go test writes
# expected-quiet.out when the test has one. Without arguments: the tests that
# have an expected.out (not the benchmarks, whose numbers vary).
golden_gotest() {
	gg_dir=${1%/}
	gg_args=-v
	[ -f "$gg_dir/args" ] && gg_args=$(cat "$gg_dir/args")
	# shellcheck disable=SC2086
	(cd "$gg_dir" && GO111MODULE=off go test -count=1 $gg_args . >"$TMP/gotest.out" 2>&1)
	gg_rc=$?
	cp "$TMP/gotest.out" "$gg_dir/expected.out"
	if [ $gg_rc -ne 0 ]; then echo $gg_rc >"$gg_dir/expected.exit"; else rm -f "$gg_dir/expected.exit"; fi
	if [ -f "$gg_dir/expected-quiet.out" ]; then
		(cd "$gg_dir" && GO111MODULE=off go test -count=1 . >"$TMP/gotest.out" 2>&1)
		cp "$TMP/gotest.out" "$gg_dir/expected-quiet.out"
	fi
	echo "gotest  $gg_dir (exit $gg_rc)"
}

case $what in
run|all)
	if [ "$what" = run ] && [ $# -gt 0 ]; then set -- "$@"; else set -- tests/run/*.go tests/scale/*.go; fi
	for f in "$@"; do [ -f "$f" ] && golden_run "$f"; done ;;
esac
case $what in
errors|all)
	if [ "$what" = errors ] && [ $# -gt 0 ]; then set -- "$@"; else set -- tests/errors/*.go; fi
	for f in "$@"; do [ -f "$f" ] && golden_error "$f"; done ;;
esac
case $what in
samples|all)
	if [ "$what" = samples ] && [ $# -gt 0 ]; then set -- "$@"; else set -- samples/*/; fi
	for d in "$@"; do [ -f "$d/main.go" ] && golden_sample "$d"; done ;;
esac
case $what in
explain|all)
	if [ "$what" = explain ] && [ $# -gt 0 ]; then set -- "$@"; else
		set -- $(ls tests/escape/*.m2 2>/dev/null | sed 's/\.m2$/.go/') $(ls samples/*/expected.m2 2>/dev/null | sed 's|/expected.m2$||'); fi
	for f in "$@"; do [ -e "$f" ] && golden_explain "$f"; done ;;
esac
case $what in
json|all)
	if [ "$what" = json ] && [ $# -gt 0 ]; then set -- "$@"; else set -- samples/*/; fi
	for d in "$@"; do [ -f "${d%/}/main.go" ] && golden_json "$d"; done ;;
esac
case $what in
modules|all)
	if [ "$what" = modules ] && [ $# -gt 0 ]; then set -- "$@"; else set -- tests/modules/*/; fi
	for d in "$@"; do [ -f "$d/go.mod" ] && golden_module "${d%/}"; done ;;
esac
case $what in
gotest|all)
	if [ "$what" = gotest ] && [ $# -gt 0 ]; then set -- "$@"; else
		set -- $(ls tests/gotest/*/expected.out 2>/dev/null | sed 's|/expected.out$||'); fi
	for d in "$@"; do [ -d "$d" ] && golden_gotest "$d"; done ;;
esac
case $what in
inline|all)
	if [ "$what" = inline ] && [ $# -gt 0 ]; then set -- "$@"; else
		set -- $(ls tests/escape/*.minl tests/run/*.minl 2>/dev/null | sed 's/\.minl$/.go/') \
			$(ls samples/*/expected.inl 2>/dev/null | sed 's|/expected.inl$||'); fi
	for f in "$@"; do [ -e "$f" ] && golden_inline "$f"; done ;;
esac
case $what in run|errors|samples|explain|json|inline|modules|gotest|all) ;; *) echo "usage: $0 [run|errors|samples|explain|json|inline|modules|gotest|all] [FILES]" >&2; exit 2 ;; esac
exit $fail
