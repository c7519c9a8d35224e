#!/bin/sh
# run-tests.sh — every escgo test; the last line is "N passed, M failed".
#
#   scripts/run-tests.sh [UNIT_TEST_BINARY...]      (make test passes them)
#
# The tests:
#   unit/NAME     each unit test binary given as an argument must exit 0
#   run/NAME      tests/run/NAME.go (or a directory NAME/) is built and run
#                 (standard input NAME.in if present, else empty):
#                 stdout must equal NAME.out, the exit status NAME.exit (0 if
#                 absent), stderr NAME.err (empty if absent) — for exit status
#                 2 (a panic or fatal error) only stderr's first block (up to
#                 the first empty line, addresses masked) is compared; and
#                 when NAME.trace (gc's stderr) exists, the traceback's
#                 frames: functions and file:line (trace_frames)
#   scale/NAME    tests/scale/NAME.go, the same rule, built and run once:
#                 100,000 and 1,000,000 goroutines, too many for the -asan
#                 and GC-stress passes (tests/scale/README.md)
#   errors/NAME   tests/errors/NAME.go must fail to compile (exit 1) with
#                 exactly the diagnostics its `// ERROR "regexp"` comments ask
#                 for: gc's errorcheck rule
#   escape/NAME   tests/escape/NAME.go, the same rule for the -m diagnostics;
#                 built with -gcflags '-m -l' and must compile (exit 0); also
#                 a tests/run/NAME.go whose first line is "// errorcheck ..."
#                 (a program whose output and -m lines are both checked)
#   explain/NAME  tests/escape/NAME.go (or tests/run/) built with -gcflags '-m=2 -l': the
#                 whole output (every decision and the flow that explains it)
#                 must equal NAME.m2, gc's output for the same file; the same
#                 for samples/NAME/*.go and samples/NAME/expected.m2
#   inline/NAME   tests/run/NAME.go (or tests/escape/) built with -gcflags=-m
#                 (inlining on, what users type): its lines, sorted, must
#                 equal NAME.minl's, gc's output sorted; inline/sample_NAME:
#                 samples/NAME built so must print samples/NAME/expected.inl,
#                 gc's, for the samples that have one (those escgo matches);
#                 a sample of test files only, by `escgo test` (gc: go test -c)
#   gotest/NAME   tests/gotest/NAME/ (a package and its _test.go files) run
#                 with `escgo test $(cat args) .` (args default: -v); the
#                 output must equal expected.out (go test's, GO111MODULE=off)
#                 with durations "(0.00s)", the summary line's package
#                 and time and a panic's traceback (panic_trace_mask)
#                 masked, the exit status expected.exit (0 if
#                 absent); expected-quiet.out, when present, is compared
#                 with plain `escgo test .`; every line of expected.regex
#                 (an ERE) must match some output line (benchmarks)
#   module/NAME   tests/modules/NAME/ (a module: go.mod and packages) against
#                 the go command's output in its testdata/ (make-goldens.sh
#                 modules): escgo build -gcflags='-m -l' ARGS must print
#                 m.txt's lines under the same "# path" headers (compared
#                 per package, sorted: go builds packages in parallel) and,
#                 where testdata/m-inline.txt is, -gcflags=-m's (inlining on);
#                 exit as build.exit says (go's 2 for compile errors is
#                 escgo's 1); the main package's output must equal run.out
#                 and run.err; escgo test ./... (or testdata/test-args) must
#                 print test.out (times and a panic's traceback masked)
#   irdump/NAME   tests/irdump/NAME.go built with -gcflags=-d=ir=lower,ir=inline,ir=escape
#                 must build; each dump must show every IR expression and
#                 statement kind that compiler/ir/ir.h's enums define (the
#                 program uses them all), and the two dumps must differ only
#                 in the sites' verdicts (escape analysis changes nothing else)
#   cli/NAME      tests/cli/NAME.sh run in a scratch directory with $ESCGO
#                 set must exit 0 (tests/cli/README.md)
#   layout/compiler scripts/check-layout.sh: a folder per pass, each with its
#                 public header; no pass includes another's private header;
#                 dependencies point down the pipeline; no committed binaries
#   fuzz/NAME     tests/fuzz/corpus/NAME replayed through the front end must
#                 not crash or hang (exit 0 or 1)
#   allocprof/NAME tests/allocprof/NAME.go built with -allocprof: its report
#                 must match the regular expressions of NAME.want
#   sample/NAME   samples/NAME/ run with escgo run: stdout must equal
#                 expected.out (stderr expected.err), or exit 0 without one;
#                 a folder of *_test.go only (a benchmark) runs its benchmarks
#                 100 times each with escgo test and must exit 0
#   escapeoff/NAME tests/run/NAME.go built with -escape=off (every site on
#                 the heap); stdout must equal tests/escapeoff/NAME.out
#   lab/NAME      labs/NAME (a course lab, docs/teaching.md): `escgo lab check`
#                 must give the instructor solution (labs/solutions/NAME) full
#                 marks, exit 0, and the starter (the lab's own folder) less,
#                 exit 1, with a hint under each criterion it misses
#   asan/NAME     every run test again, built with -asan (stack-use-after-return
#                 detection on); and tests/asan/NAME.go, which proves the
#                 checker fires when -d=forcestack puts an escaping site on the stack
# A first line "// errorcheck FLAGS" in an errors/ or escape/ file overrides
# the defaults as in Go's test/run.go: -0 means "must compile", the other
# flags (-m, -l, -d=...) are passed with -gcflags.
#
# Environment:
#   TESTS="run/string_ errors/"  run only the tests whose names start so
#   SMOKE=1          only run/ tests (the LLVM-19 smoke subset .ci/run uses)
#   NO_ASAN=1        skip the asan/ tests
#   ESCGO_GCSTRESS=N passed to every program: collect every N allocations
#   ESCGO=path       the compiler (default bin/escgo)
#   REPLAY=path      the fuzz replay binary (make test passes it)
#   JOBS=2           tests run in parallel
#   RUN_TIMEOUT=10   seconds a test program may run (building gets 60) (NAME.timeout overrides)
#   VERBOSE=1        print every test's verdict as it comes
set -u

ROOT=$(cd "$(dirname "$0")/.." && pwd)

# ---------------------------------------------------------------- one test
# A test writes its verdict to $WORK/results/ID: first line PASS or FAIL and a
# reason, then details (a short diff). Run as: run-tests.sh --one KIND PATH.

result() {  # result ID PASS|FAIL [reason] ; details on stdin for FAIL
    f="$WORK/results/$(printf '%s' "$1" | tr '/' '%')"
    if [ "$2" = PASS ]; then
        echo "PASS $1" >"$f"
    else
        { echo "FAIL $1: $3"; head -n 20 | sed 's/^/    /'; } >"$f"
    fi
    if [ "${VERBOSE:-0}" = 1 ]; then
        head -n 1 "$f"
    elif [ -t 2 ]; then
        printf '.' >&2  # progress on a terminal; the verdicts come at the end
    fi
    return 0
}

test_unit() {  # test_unit BINARY
    id="unit/$(basename "$1")"
    out="$TMP/out"
    timeout 120 "$1" >"$out" 2>&1
    code=$?
    if [ $code = 0 ]; then
        result "$id" PASS
    else
        tail -n 15 "$out" | result "$id" FAIL "exit status $code"
    fi
}

# Compares a file with its golden (missing golden = empty); prints a diff.
same() {  # same ACTUAL GOLDEN
    if [ -f "$2" ]; then
        cmp -s "$1" "$2" && return 0
        diff -u -a "$2" "$1" | tail -n +3
    else
        [ -s "$1" ] || return 0
        echo "(no $(basename "$2"); got:)"; head -n 10 "$1"
    fi
    return 1
}

# ASan for escgo -asan builds: our own SIGSEGV handler turns nil dereferences
# into Go panics; leaks are the collector's business (it is off under ASan).
ASAN_RUN_OPTIONS="detect_leaks=0:handle_segv=0:handle_sigbus=0:allow_user_segv_handler=1:detect_stack_use_after_return=1"

# The first block of a dying Go program's stderr, up to the first empty line:
# "panic: ..." (with "[recovered]" and nested panics, "[signal ...]"), or
# "runtime: goroutine stack exceeds ..." / "runtime: sp=..." / "fatal error:
# ...". Addresses (0x...) are masked; the goroutine traces after the block
# are not compared.
panic_block() {
    awk 'NF == 0 { exit } { print }' | sed 's/0x[0-9a-f][0-9a-f]*/0x?/g'
}

# The goroutines of a traceback and their frames, one a line: "goroutine
# [status]", then each frame's function without its arguments and the
# file's base name:line ("main.f x.go:7"), "created by" lines too.
# Addresses, offsets, goroutine ids and the directory (gc's goldens were
# made elsewhere) are not compared.
trace_frames() {
    awk '/^goroutine [0-9]+ \[/ { on = 1; sub(/ [0-9]+ /, " "); print; next } on && NF == 0 { on = 0; next }
         on && /^\t/ { sub(/^\t/, ""); sub(/ \+0x[0-9a-f]+$/, ""); n = split($0, p, "/"); print fn " " p[n]; next }
         on { fn = $0; sub(/\([^()]*\)$/, "", fn) }'
}

test_run() {  # test_run tests/run/NAME.go | tests/run/NAME  [asan]
    src=$1
    base=${src%.go}
    mode=${2:-plain}
    id="run/$(basename "$base")"
    buildflags=""
    if [ "$mode" = asan ]; then
        id="asan/$(basename "$base")"
        buildflags="-asan -gcflags=-l"
    elif [ "$mode" = escapeoff ]; then
        id="escapeoff/$(basename "$base")"
        buildflags="-escape=off"
    elif [ "$mode" = scale ]; then
        id="scale/$(basename "$base")"
    fi
    # -escape=off runs a tests/run program against tests/escapeoff/NAME.out.
    outgold="$base.out"
    [ "$mode" = escapeoff ] && outgold="$ROOT/tests/escapeoff/$(basename "$base").out"
    bin="$TMP/prog"
    # Built from its directory, so diagnostics read ./NAME.go as with go build.
    # shellcheck disable=SC2086 # buildflags is a list of words
    if ! (cd "$(dirname "$src")" && timeout 120 "$ESCGO" build $buildflags -o "$bin" "./$(basename "$src")") \
        >"$TMP/build" 2>&1; then
        result "$id" FAIL "build failed" <"$TMP/build"
        return
    fi
    args=""
    [ -f "$base.args" ] && args=$(cat "$base.args")
    # shellcheck disable=SC2086 # NAME.args is a list of words
    tmo=$RUN_TIMEOUT   # NAME.timeout: a heavier test's own limit (10,000 threads under ASan)
    [ -f "$base.timeout" ] && tmo=$(tr -d ' \n' <"$base.timeout")
    stdin=/dev/null   # NAME.in: the program's standard input
    [ -f "$base.in" ] && stdin="$base.in"
    (cd "$(dirname "$src")" && ASAN_OPTIONS=$ASAN_RUN_OPTIONS timeout "$tmo" "$bin" $args) \
        <"$stdin" >"$TMP/stdout" 2>"$TMP/stderr"
    code=$?
    want=0
    [ -f "$base.exit" ] && want=$(tr -d ' \n' <"$base.exit")
    if [ "$code" = 124 ] && [ "$want" != 124 ]; then
        result "$id" FAIL "timed out after ${tmo}s" </dev/null
        return
    fi
    if ! same "$TMP/stdout" "$outgold" >"$TMP/diff"; then
        result "$id" FAIL "stdout differs from $(basename "$base").out" <"$TMP/diff"
        return
    fi
    if [ "$code" != "$want" ]; then
        head -n 5 "$TMP/stderr" | result "$id" FAIL "exit status $code, want $want"
        return
    fi
    errgold="$base.err"
    cp "$TMP/stderr" "$TMP/stderr.full"
    if [ "$want" = 2 ]; then  # a panic or fatal error: its first block, addresses masked
        panic_block <"$TMP/stderr" >"$TMP/stderr1"
        if [ -f "$base.err" ]; then panic_block <"$base.err" >"$TMP/err1"; else : >"$TMP/err1"; fi
        mv "$TMP/stderr1" "$TMP/stderr"
        errgold="$TMP/err1"
    fi
    if ! same "$TMP/stderr" "$errgold" >"$TMP/diff"; then
        result "$id" FAIL "stderr differs from $(basename "$base").err" <"$TMP/diff"
        return
    fi
    if [ -f "$base.trace" ] && [ "$mode" = plain ]; then
        trace_frames <"$TMP/stderr.full" >"$TMP/frames"
        trace_frames <"$base.trace" >"$TMP/frames.gc"
        if ! same "$TMP/frames" "$TMP/frames.gc" >"$TMP/diff"; then
            result "$id" FAIL "traceback differs from gc's ($(basename "$base").trace)" <"$TMP/diff"
            return
        fi
    fi
    result "$id" PASS
}

# gc's errorcheck rule, scripts/errorcheck.py (the labs' grader uses it too).
errorcheck() {  # errorcheck SOURCE STDERR ; prints problems, exit 1 if any
    python3 "$ROOT/scripts/errorcheck.py" "$1" "$2"
}

# The // errorcheck header: sets GCFLAGS and WANT_EXIT from the file's first line.
errorcheck_flags() {  # errorcheck_flags FILE DEFAULT_FLAGS
    GCFLAGS=""
    WANT_EXIT=1
    header=$(head -n 1 "$1")
    case $header in
        "// errorcheck"*) flags=${header#// errorcheck} ;;
        *) flags=$2 ;;
    esac
    for f in $flags; do
        case $f in
            -0) WANT_EXIT=0 ;;
            -m*|-l|-N|-d=*|-smallframes) GCFLAGS="$GCFLAGS $f" ;;
        esac
    done
}

test_errorcheck() {  # test_errorcheck DIR FILE
    id="$1/$(basename "$2" .go)"
    if [ "$1" = escape ]; then errorcheck_flags "$2" "-0 -m -l"; else errorcheck_flags "$2" ""; fi
    (cd "$(dirname "$2")" &&
        timeout 60 "$ESCGO" build -gcflags="$GCFLAGS" -o "$TMP/prog" "./$(basename "$2")") \
        >"$TMP/stdout" 2>"$TMP/stderr"
    code=$?
    if [ "$code" != "$WANT_EXIT" ]; then
        head -n 10 "$TMP/stderr" | result "$id" FAIL "exit status $code, want $WANT_EXIT"
        return
    fi
    if ! errorcheck "$2" "$TMP/stderr" >"$TMP/problems" 2>&1; then
        result "$id" FAIL "diagnostics do not match the // ERROR comments" <"$TMP/problems"
        return
    fi
    result "$id" PASS
}

test_inline() {  # test_inline tests/run/NAME.go
    id="inline/$(basename "$1" .go)" golden="${1%.go}.minl"
    mkdir "$TMP/w" && cp "$1" "$TMP/w/"
    (cd "$TMP/w" && timeout 60 "$ESCGO" build -gcflags=-m -o "$TMP/prog" "$(basename "$1")") \
        >"$TMP/stdout" 2>"$TMP/stderr"
    code=$?
    if [ "$code" != 0 ]; then   # gc built every one of these
        tail -n 10 "$TMP/stderr" | result "$id" FAIL "exit status $code, want 0"
        return
    fi
    LC_ALL=C sort "$TMP/stderr" >"$TMP/got.sorted"
    LC_ALL=C sort "$golden" >"$TMP/want.sorted"
    if ! same "$TMP/got.sorted" "$TMP/want.sorted" >"$TMP/diff"; then
        result "$id" FAIL "-m output (sorted) differs from gc's (NAME.minl)" <"$TMP/diff"
        return
    fi
    result "$id" PASS
}

# test_explain tests/escape/NAME.go | samples/NAME : -m=2 -l against NAME.m2
# test_explain samples/NAME inline : -m (inlining on) against expected.inl
test_explain() {
    pkgs= built= kind=explain flags='-m=2 -l' suffix=m2
    [ "${2:-}" = inline ] && kind=inline flags=-m suffix=inl
    if [ -f "$1/go.mod" ]; then   # a module sample: its main package, "."
        id="$kind/sample_$(basename "$1")" golden="$1/expected.$suffix"
        cp -r "$1" "$TMP/w" && pkgs=.
    elif [ -d "$1" ] && ! ls "$1"/*.go | grep -qv '_test\.go$'; then
        # test files only (concat_bench): built by `escgo test` as a module
        # named after its package, as make-goldens.sh has `go test -c` do
        id="$kind/sample_$(basename "$1")" golden="$1/expected.$suffix"
        mkdir "$TMP/w" && cp "$1"/*.go "$TMP/w/"
        pkg=$(sed -n 's/^package \([A-Za-z0-9_]*\).*/\1/p' "$1"/*_test.go | head -n 1)
        printf 'module %s\n\ngo 1.19\n' "$pkg" >"$TMP/w/go.mod"
        (cd "$TMP/w" && timeout 180 "$ESCGO" test -gcflags="$flags" -run '^$' -count=1 .) \
            >"$TMP/stdout" 2>"$TMP/stderr"
        code=$? built=1
    elif [ -d "$1" ]; then   # a sample: its files, as `go build *.go` names them
        id="$kind/sample_$(basename "$1")" golden="$1/expected.$suffix"
        mkdir "$TMP/w" && cp "$1"/*.go "$TMP/w/" && rm -f "$TMP/w"/*_test.go
    else
        id="explain/$(basename "$1" .go)" golden="${1%.go}.m2"
        mkdir "$TMP/w" && cp "$1" "$TMP/w/"
    fi
    if [ -z "$built" ]; then   # (a cold cache compiles fmt from source: minutes on a busy box)
        [ -n "$pkgs" ] || pkgs=$(cd "$TMP/w" && ls *.go)
        # shellcheck disable=SC2086
        (cd "$TMP/w" && timeout 180 "$ESCGO" build -gcflags="$flags" -o "$TMP/prog" $pkgs) \
            >"$TMP/stdout" 2>"$TMP/stderr"
        code=$?
    fi
    if [ "$code" != 0 ]; then   # gc built every one of these
        tail -n 10 "$TMP/stderr" | result "$id" FAIL "exit status $code, want 0"
        return
    fi
    if ! same "$TMP/stderr" "$golden" >"$TMP/diff"; then
        result "$id" FAIL "$flags output differs from gc's ($(basename "$golden"))" <"$TMP/diff"
        return
    fi
    result "$id" PASS
}

# tests/asan/NAME.go proves the soundness checker works: its first line
# "// forcestack LINE" names a site that escapes; forced onto the stack with
# -d=forcestack, the -asan build must report a stack-use-after-return, and
# built normally it must run cleanly.
test_asancheck() {  # test_asancheck FILE
    id="asan/$(basename "$1" .go)"
    line=$(head -n 1 "$1" | sed -n 's|^// forcestack \([0-9]*\).*|\1|p')
    name=$(basename "$1")
    for force in no yes; do
        gcflags="-l"
        [ $force = yes ] && gcflags="-l -d=forcestack=$name:$line"
        if ! (cd "$(dirname "$1")" && timeout 120 "$ESCGO" build -asan -gcflags="$gcflags" -o "$TMP/prog" "./$name") \
            >"$TMP/build" 2>&1; then
            result "$id" FAIL "build failed (forcestack=$force)" <"$TMP/build"
            return
        fi
        ASAN_OPTIONS=$ASAN_RUN_OPTIONS timeout "$RUN_TIMEOUT" "$TMP/prog" </dev/null >"$TMP/stdout" 2>"$TMP/stderr"
        code=$?
        if [ $force = no ] && [ $code != 0 ]; then
            head -n 10 "$TMP/stderr" | result "$id" FAIL "the sound build failed with status $code"
            return
        fi
        if [ $force = yes ] && ! grep -q "AddressSanitizer: stack-use-after-return" "$TMP/stderr"; then
            head -n 10 "$TMP/stderr" | result "$id" FAIL "no stack-use-after-return report with the site forced onto the stack"
            return
        fi
    done
    result "$id" PASS
}

# samples/NAME/: built and run with escgo run; stdout must equal expected.out
# (and stderr expected.err when present). A sample without expected.out
# prints run-dependent numbers (the memory demo): it must just exit 0.
# A folder without main.go holds a benchmark (*_test.go): `escgo test` runs
# each benchmark 100 times and must exit 0 (timings vary: no golden).
test_sample() {  # test_sample DIR
    id="sample/$(basename "$1")"
    if [ ! -f "$1/main.go" ]; then
        (cd "$1" && timeout 120 "$ESCGO" test -bench . -benchmem -benchtime 100x . </dev/null >"$TMP/stdout" 2>&1)
        code=$?
        [ $code = 0 ] && result "$id" PASS || head -n 20 "$TMP/stdout" | result "$id" FAIL "escgo test: exit status $code"
        return
    fi
    (cd "$1" && timeout 120 "$ESCGO" run . </dev/null >"$TMP/stdout" 2>"$TMP/stderr")
    code=$?
    if [ ! -f "$1/expected.out" ]; then
        [ $code = 0 ] && result "$id" PASS || head -n 10 "$TMP/stderr" | result "$id" FAIL "exit status $code"
        return
    fi
    if ! same "$TMP/stdout" "$1/expected.out" >"$TMP/diff"; then
        result "$id" FAIL "stdout differs from expected.out" <"$TMP/diff"
        return
    fi
    if [ -f "$1/expected.err" ] && ! same "$TMP/stderr" "$1/expected.err" >"$TMP/diff"; then
        result "$id" FAIL "stderr differs from expected.err" <"$TMP/diff"
        return
    fi
    result "$id" PASS
}

# A test that panics: go test shows the traceback of the test's goroutine,
# the testing package's frames (tRunner and its deferred recover) around the
# test's; escgo runs the tests on goroutine 1, without such frames. So the
# traceback is not compared: from "goroutine N [" up to the summary line it
# is one line, "goroutine trace"; the signal line's pc is masked. Everything
# before it (the "--- FAIL" lines, "panic: ... [recovered]") is compared.
panic_trace_mask() {
    awk '/^goroutine [0-9]+ \[/ { print "goroutine trace"; skip = 1; next }
         skip && /^(FAIL\t|exit status |ok  \t)/ { skip = 0 }
         !skip' | sed -E 's/^(\[signal .* pc=)0x[0-9a-f]+\]$/\10x?]/'
}

# go test's run-dependent parts: "(0.01s)" and the "ok  \tPKG\t0.012s" line.
gotest_mask() {
    sed -E 's/\([0-9]+\.[0-9]+s\)/(X.XXs)/; s/^(ok  |FAIL)\t[^\t]*\t[0-9.]+s$/\1\tPKG\tT/' | panic_trace_mask
}

# -m output grouped by its "# path" headers: "path<TAB>line", sorted.
by_package() {
    awk '/^# /{pkg=substr($0,3); next} {print pkg "\t" $0}' | LC_ALL=C sort
}

test_module() {  # test_module DIR
    id="module/$(basename "$1")"
    td=$1/testdata
    args=./...
    [ -f "$td/build-args" ] && args=$(cat "$td/build-args")
    # shellcheck disable=SC2086
    (cd "$1" && timeout 300 "$ESCGO" build -o "$TMP/" -gcflags='-m -l' $args </dev/null >"$TMP/m" 2>&1)
    code=$?
    want=0
    [ -f "$td/build.exit" ] && want=$(cat "$td/build.exit")
    [ "$want" = 2 ] && want=1
    if [ "$code" != "$want" ]; then
        head -n 20 "$TMP/m" | result "$id" FAIL "escgo build exit status $code, want $want"
        return
    fi
    by_package <"$TMP/m" >"$TMP/got"
    by_package <"$td/m.txt" >"$TMP/want"
    if ! same "$TMP/got" "$TMP/want" >"$TMP/diff"; then
        result "$id" FAIL "-m -l output differs from testdata/m.txt" <"$TMP/diff"
        return
    fi
    if [ -f "$td/m-inline.txt" ]; then   # -m with inlining, across packages
        # shellcheck disable=SC2086
        (cd "$1" && timeout 300 "$ESCGO" build -o "$TMP/" -gcflags='-m' $args </dev/null >"$TMP/m" 2>&1)
        by_package <"$TMP/m" >"$TMP/got"
        by_package <"$td/m-inline.txt" >"$TMP/want"
        if ! same "$TMP/got" "$TMP/want" >"$TMP/diff"; then
            result "$id" FAIL "-m output differs from testdata/m-inline.txt" <"$TMP/diff"
            return
        fi
    fi
    if [ -f "$td/run.out" ]; then
        pkg=.
        [ -f "$td/run-pkg" ] && pkg=$(cat "$td/run-pkg")
        (cd "$1" && timeout 300 "$ESCGO" run "$pkg" </dev/null >"$TMP/stdout" 2>"$TMP/stderr")
        if ! same "$TMP/stdout" "$td/run.out" >"$TMP/diff"; then
            result "$id" FAIL "escgo run: stdout differs from run.out" <"$TMP/diff"
            return
        fi
        if ! same "$TMP/stderr" "$td/run.err" >"$TMP/diff"; then
            result "$id" FAIL "escgo run: stderr differs from run.err" <"$TMP/diff"
            return
        fi
    fi
    if [ -f "$td/test.out" ]; then
        targs=./...
        [ -f "$td/test-args" ] && targs=$(cat "$td/test-args")
        # (durations masked as the gotest/ tests mask them: a first t.Log
        # reads the binary's DWARF, which can take a test past 5 ms)
        mask='s/\t[0-9.]+s( \[no tests to run\])?$/\tT\1/; s/\([0-9]+\.[0-9]+s\)/(X.XXs)/'
        # shellcheck disable=SC2086
        (cd "$1" && timeout 300 "$ESCGO" test $targs </dev/null 2>&1 | sed -E "$mask" | panic_trace_mask >"$TMP/got")
        sed -E "$mask" <"$td/test.out" | panic_trace_mask >"$TMP/want"
        if ! same "$TMP/got" "$TMP/want" >"$TMP/diff"; then
            result "$id" FAIL "escgo test ./... differs from test.out" <"$TMP/diff"
            return
        fi
    fi
    result "$id" PASS
}

test_gotest() {  # test_gotest DIR
    id="gotest/$(basename "$1")"
    args="-v"
    [ -f "$1/args" ] && args=$(cat "$1/args")
    # shellcheck disable=SC2086
    (cd "$1" && timeout 300 "$ESCGO" test $args . </dev/null >"$TMP/stdout" 2>&1)
    code=$?
    want=0
    [ -f "$1/expected.exit" ] && want=$(cat "$1/expected.exit")
    if [ "$code" != "$want" ]; then
        head -n 20 "$TMP/stdout" | result "$id" FAIL "exit status $code, want $want"
        return
    fi
    if [ -f "$1/expected.out" ]; then
        gotest_mask <"$TMP/stdout" >"$TMP/got"
        gotest_mask <"$1/expected.out" >"$TMP/want"
        if ! same "$TMP/got" "$TMP/want" >"$TMP/diff"; then
            result "$id" FAIL "output differs from expected.out" <"$TMP/diff"
            return
        fi
    fi
    if [ -f "$1/expected-quiet.out" ]; then
        (cd "$1" && timeout 300 "$ESCGO" test . </dev/null 2>&1 | gotest_mask >"$TMP/got")
        gotest_mask <"$1/expected-quiet.out" >"$TMP/want"
        if ! same "$TMP/got" "$TMP/want" >"$TMP/diff"; then
            result "$id" FAIL "plain escgo test differs from expected-quiet.out" <"$TMP/diff"
            return
        fi
    fi
    if [ -f "$1/expected.regex" ]; then
        while IFS= read -r re; do
            [ -n "$re" ] || continue
            if ! grep -Eq -- "$re" "$TMP/stdout"; then
                { echo "no line matches: $re"; cat "$TMP/stdout"; } | result "$id" FAIL "expected.regex"
                return
            fi
        done <"$1/expected.regex"
    fi
    result "$id" PASS
}

# tests/allocprof/NAME.go runs built with -allocprof; every line of NAME.want
# is a regular expression some line of the profile (stderr) must match, or,
# after a leading "!", one no line may match. Lines starting with # are notes.
test_allocprof() {  # test_allocprof FILE
    id="allocprof/$(basename "$1" .go)"
    if ! (cd "$(dirname "$1")" && timeout 120 "$ESCGO" build -allocprof -o "$TMP/prog" "./$(basename "$1")") \
        >"$TMP/build" 2>&1; then
        result "$id" FAIL "build failed" <"$TMP/build"
        return
    fi
    timeout "$RUN_TIMEOUT" "$TMP/prog" </dev/null >"$TMP/stdout" 2>"$TMP/stderr"
    if ! python3 - "${1%.go}.want" "$TMP/stderr" >"$TMP/problems" <<'PY'
import re, sys
want, got = sys.argv[1], open(sys.argv[2], encoding='utf-8', errors='replace').read().split('\n')
bad = 0
for w in open(want, encoding='utf-8').read().split('\n'):
    if not w or w.startswith('#'):
        continue
    neg = w.startswith('!')
    rx = re.compile(w[1:] if neg else w)
    hit = any(rx.search(l) for l in got)
    if hit == neg:
        print(('unexpected: ' if neg else 'missing: ') + w)
        bad = 1
sys.exit(bad)
PY
    then
        { cat "$TMP/problems"; head -n 12 "$TMP/stderr"; } | result "$id" FAIL "profile does not match $(basename "${1%.go}").want"
        return
    fi
    result "$id" PASS
}

test_fuzz() {  # test_fuzz CORPUS_FILE
    id="fuzz/$(basename "$1")"
    timeout 20 "$REPLAY" "$1" >"$TMP/out" 2>&1
    code=$?
    case $code in
        0|1) result "$id" PASS ;;
        124) result "$id" FAIL "hangs (timeout)" </dev/null ;;
        *) tail -n 15 "$TMP/out" | result "$id" FAIL "replay exit status $code" ;;
    esac
}

test_irdump() {  # test_irdump tests/irdump/NAME.go
    id="irdump/$(basename "$1" .go)"
    if ! (cd "$(dirname "$1")" && timeout 120 "$ESCGO" build -gcflags=-d=ir=lower,ir=inline,ir=escape \
            -o "$TMP/prog" "./$(basename "$1")") >"$TMP/dump" 2>"$TMP/err"; then
        result "$id" FAIL "build failed" <"$TMP/err"
        return
    fi
    if python3 - "$ROOT/compiler/ir/ir.h" "$TMP/dump" >"$TMP/problems" <<'PY'
import re, sys
header, dump = open(sys.argv[1]).read(), open(sys.argv[2]).read()
header = re.sub(r'//[^\n]*|/\*.*?\*/', '', header, flags=re.S)
def kinds(enum):   # the members of `typedef enum { ... } enum;`, without IR_ / IR_S_
    body = re.search(r'typedef enum \{([^{}]*)\} ' + enum + ';', header).group(1)
    names = re.findall(r'\bIR_(?:S_)?([A-Z0-9]+)\b', body)
    return [n for n in names if n not in ('NUM_KINDS',)]
parts = re.split(r'^# -d=ir=(\w+)\n', dump, flags=re.M)
dumps = dict(zip(parts[1::2], parts[2::2]))
problems = []
if set(dumps) != {'lower', 'inline', 'escape'}:
    problems.append('expected the dumps after lower, inline and escape, got: %s' % sorted(dumps))
# Every kind in some dump (inlining removes calls that lowering made and
# adds INLCALL nodes); escape analysis changes nothing but the verdicts.
shown = set()
for name, text in dumps.items():
    shown |= set(re.findall(r'^\s*(?:[a-z][a-z 0-9]*: )?([A-Z0-9]+)\b', text, re.M))
for enum in ('IRKind', 'IRStmtKind'):
    missing = [k for k in kinds(enum) if k not in shown]
    if missing:
        problems.append('no dump shows an %s node of kind %s' % (enum, ', '.join(missing)))
if not problems:
    decided = re.sub(r' (?:stack|heap(?:: [^}]*)?)\}', ' undecided}', dumps['escape'])
    if decided != dumps['inline']:
        a, b = dumps['inline'].split('\n'), decided.split('\n')
        diff = [f'inline: {x}\nescape: {y}' for x, y in zip(a, b) if x != y][:5]
        problems.append('escape analysis changed more than verdicts:\n' + '\n'.join(diff))
    if ' undecided}' in dumps['escape']:
        problems.append('a site has no verdict after escape analysis')
print('\n'.join(problems))
sys.exit(1 if problems else 0)
PY
    then
        result "$id" PASS
    else
        result "$id" FAIL "the IR dump is incomplete or wrong" <"$TMP/problems"
    fi
}

test_lab() {  # test_lab labs/NAME
    id="lab/$(basename "$1")"
    sol="$ROOT/labs/solutions/$(basename "$1")"
    # Lab 12 rebuilds escgo: many minutes on a loaded machine.
    timeout 1500 "$ESCGO" lab check "$sol" >"$TMP/solution" 2>&1
    code=$?
    if [ $code != 0 ] || ! grep -q '^  score: .*(full marks)$' "$TMP/solution"; then
        result "$id" FAIL "the solution does not get full marks (exit status $code)" <"$TMP/solution"
        return
    fi
    timeout 600 "$ESCGO" lab check "$1" >"$TMP/starter" 2>&1
    code=$?
    if [ $code != 1 ] || grep -q '(full marks)' "$TMP/starter"; then
        result "$id" FAIL "the starter is not graded as failing (exit status $code, want 1)" <"$TMP/starter"
        return
    fi
    # Every criterion short of its points is followed by at least one hint line.
    if ! awk '/^  \[ *[0-9]+\/[0-9]+ *\]/ { if (short && !hinted) bad = 1; split($0, a, /[][\/ ]+/); short = (a[2] != a[3]); hinted = 0; next }
              /^          / { hinted = 1 }
              /^  score:/ { if (short && !hinted) bad = 1; short = 0 }
              END { exit bad }' "$TMP/starter"; then
        result "$id" FAIL "a criterion the starter misses gives no hint" <"$TMP/starter"
        return
    fi
    result "$id" PASS
}

test_cli() {  # test_cli tests/cli/NAME.sh
    id="cli/$(basename "$1" .sh)"
    mkdir -p "$TMP/cli"
    if (cd "$TMP/cli" && timeout 300 sh "$1") >"$TMP/out" 2>&1; then
        result "$id" PASS
    else
        tail -n 20 "$TMP/out" | result "$id" FAIL "the script failed"
    fi
}

test_layout() {
    if "$ROOT/scripts/check-layout.sh" >"$TMP/out" 2>&1; then
        result layout/compiler PASS
    else
        result layout/compiler FAIL "the compiler's layout rules are broken" <"$TMP/out"
    fi
}

if [ "${1:-}" = --one ]; then
    TMP=$(mktemp -d "$WORK/t.XXXXXX")
    case $2 in
        unit) test_unit "$3" ;;
        run) test_run "$3" ;;
        asan) test_run "$3" asan ;;
        escapeoff) test_run "$3" escapeoff ;;
        scale) test_run "$3" scale ;;
        asancheck) test_asancheck "$3" ;;
        sample) test_sample "$3" ;;
        allocprof) test_allocprof "$3" ;;
        errors|escape) test_errorcheck "$2" "$3" ;;
        explain) test_explain "$3" ;;
        inline) if [ -d "$3" ]; then test_explain "$3" inline; else test_inline "$3"; fi ;;
        fuzz) test_fuzz "$3" ;;
        gotest) test_gotest "$3" ;;
        module) test_module "$3" ;;
        layout) test_layout ;;
        irdump) test_irdump "$3" ;;
        cli) test_cli "$3" ;;
        lab) test_lab "$3" ;;
    esac
    rm -rf "$TMP"
    exit 0
fi

# ---------------------------------------------------------------- the list

ESCGO=${ESCGO:-$ROOT/bin/escgo}
case $ESCGO in /*) ;; *) ESCGO=$(pwd)/$ESCGO ;; esac
REPLAY=${REPLAY:-}
RUN_TIMEOUT=${RUN_TIMEOUT:-10}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/escgo-tests.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM
mkdir -p "$WORK/results"
# A build cache of this run's own (cache.c): every build goes through it,
# none finds an object left by an earlier escgo. It is the default place
# under XDG_CACHE_HOME, where ESCGO_CACHE=off builds keep the standard
# packages: so those, compiled once per flag set, serve every test.
XDG_CACHE_HOME=$WORK/xdg
ESCGO_CACHE=${ESCGO_CACHE:-$XDG_CACHE_HOME/escgo}
export ESCGO REPLAY RUN_TIMEOUT WORK VERBOSE ESCGO_CACHE XDG_CACHE_HOME

# Keeps a "KIND PATH" line if its test name is selected by TESTS and SMOKE.
select_test() {  # select_test KIND PATH NAME
    if [ "${SMOKE:-0}" = 1 ] && [ "$1" != run ]; then return; fi
    if [ -n "${TESTS:-}" ]; then
        keep=0
        for prefix in $TESTS; do
            case "$3" in "$prefix"*) keep=1 ;; esac
        done
        [ $keep = 1 ] || return
    fi
    printf '%s\n%s\n' "$1" "$2" >>"$WORK/list"
}

: >"$WORK/list"
select_test layout "$ROOT" layout/compiler
for f in "$ROOT"/tests/cli/*.sh; do
    [ -e "$f" ] && select_test cli "$f" "cli/$(basename "$f" .sh)"
done
# The course labs: solutions get full marks, starters fail with hints.
for d in "$ROOT"/labs/[0-9][0-9]-*/; do
    [ -f "$d/check.py" ] && select_test lab "${d%/}" "lab/$(basename "$d")"
done
for f in "$ROOT"/tests/irdump/*.go; do
    [ -e "$f" ] && select_test irdump "$f" "irdump/$(basename "$f" .go)"
done
for bin in "$@"; do
    select_test unit "$bin" "unit/$(basename "$bin")"
done
for f in "$ROOT"/tests/run/*.go "$ROOT"/tests/run/*/; do
    [ -e "$f" ] || continue
    f=${f%/}
    select_test run "$f" "run/$(basename "${f%.go}")"
done
# Goroutine scale tests: once, plain. A million goroutines under the GC-stress
# pass collect about 6,000 times, 100,000 parked ones under -asan need 100,000
# fake stacks: minutes each (tests/scale/README.md).
for f in "$ROOT"/tests/scale/*.go; do
    [ -e "$f" ] && select_test scale "$f" "scale/$(basename "${f%.go}")"
done
# Every run test again under AddressSanitizer (stack-use-after-return on):
# a stack site used after its frame is gone would be reported.
# Tests that need the collector (finalizers, HeapObjects falling) are left
# out: an -asan program runs with it off (tests/run/asan-skip.txt says why).
if [ "${NO_ASAN:-0}" != 1 ]; then
    for f in "$ROOT"/tests/run/*.go; do
        n=$(basename "${f%.go}")
        grep -q "^$n " "$ROOT/tests/run/asan-skip.txt" 2>/dev/null && continue
        [ -e "$f" ] && select_test asan "$f" "asan/$n"
    done
    for f in "$ROOT"/tests/asan/*.go; do
        [ -e "$f" ] && select_test asancheck "$f" "asan/$(basename "$f" .go)"
    done
fi
for f in "$ROOT"/tests/allocprof/*.go; do
    [ -e "$f" ] && select_test allocprof "$f" "allocprof/$(basename "$f" .go)"
done
for d in "$ROOT"/samples/*/; do
    if [ -f "$d/main.go" ] || ls "$d"*_test.go >/dev/null 2>&1; then
        select_test sample "${d%/}" "sample/$(basename "$d")"
    fi
done
# The -escape=off baseline: every site on the heap (tests/escapeoff/README.md).
for f in "$ROOT"/tests/escapeoff/*.out; do
    n=$(basename "${f%.out}")
    [ -e "$ROOT/tests/run/$n.go" ] && select_test escapeoff "$ROOT/tests/run/$n.go" "escapeoff/$n"
done
# Modules against the go command's output (tests/modules/NAME/testdata/).
for d in "$ROOT"/tests/modules/*/; do
    [ -f "$d/go.mod" ] && select_test module "${d%/}" "module/$(basename "$d")"
done
# escgo test against go test's output (tests/gotest/NAME/).
for d in "$ROOT"/tests/gotest/*/; do
    [ -d "$d" ] && select_test gotest "${d%/}" "gotest/$(basename "$d")"
done
for dir in errors escape; do
    for f in "$ROOT/tests/$dir"/*.go; do
        [ -e "$f" ] && select_test "$dir" "$f" "$dir/$(basename "$f" .go)"
    done
done
# A run program whose first line is "// errorcheck FLAGS" is an escape test
# too: one file, its output and its annotated -m lines both gc's.
for f in "$ROOT"/tests/run/*.go; do
    [ -e "$f" ] && head -1 "$f" | grep -q '^// errorcheck' &&
        select_test escape "$f" "escape/$(basename "$f" .go)"
done
# -m=2 explanations against gc's (tests/escape/NAME.m2 or tests/run/NAME.m2,
# where there is one).
for f in "$ROOT"/tests/escape/*.m2 "$ROOT"/tests/run/*.m2; do
    [ -e "$f" ] && select_test explain "${f%.m2}.go" "explain/$(basename "$f" .m2)"
done
# -m with inlining on against gc's (NAME.minl, where there is one).
for f in "$ROOT"/tests/escape/*.minl "$ROOT"/tests/run/*.minl; do
    [ -e "$f" ] && select_test inline "${f%.minl}.go" "inline/$(basename "$f" .minl)"
done
for f in "$ROOT"/samples/*/expected.m2; do
    [ -e "$f" ] && select_test explain "$(dirname "$f")" "explain/sample_$(basename "$(dirname "$f")")"
done
# -m with inlining on: the samples whose output equals gc's have an
# expected.inl (make-goldens.sh inline), so they stay equal.
for f in "$ROOT"/samples/*/expected.inl; do
    [ -e "$f" ] && select_test inline "$(dirname "$f")" "inline/sample_$(basename "$(dirname "$f")")"
done
if [ -n "$REPLAY" ] && [ -x "$REPLAY" ]; then
    for f in "$ROOT"/tests/fuzz/corpus/*; do
        [ -f "$f" ] && select_test fuzz "$f" "fuzz/$(basename "$f")"
    done
elif [ "${SMOKE:-0}" != 1 ]; then
    echo "note: no fuzz replay binary (REPLAY=...); corpus replay skipped"
fi

if grep -q 'tests/cli/explorer_browser.sh' "$WORK/list" 2>/dev/null && ! command -v chromium >/dev/null &&
   ! command -v chromium-browser >/dev/null; then
    echo "note: chromium is not installed (scripts/install-deps.sh --all): cli/explorer_browser checks nothing"
fi
if [ ! -x "$ESCGO" ] && grep -qv '^unit$' "$WORK/list"; then
    echo "run-tests.sh: $ESCGO not found; run make first" >&2
fi

# Two lines (KIND, PATH) per test; xargs keeps paths with spaces whole.
tr '\n' '\0' <"$WORK/list" | xargs -0 -n 2 -P "${JOBS:-2}" "$0" --one

# ---------------------------------------------------------------- the summary
passed=0
failed=0
for r in "$WORK"/results/*; do
    [ -e "$r" ] || continue
    if head -n 1 "$r" | grep -q '^PASS'; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
    fi
done
# A test that died without a verdict counts as failed.
expected=$(($(wc -l <"$WORK/list") / 2))
lost=$((expected - passed - failed))
if [ $lost -gt 0 ]; then
    echo "FAIL $lost test(s) gave no verdict"
    failed=$((failed + lost))
fi
[ -t 2 ] && [ "${VERBOSE:-0}" != 1 ] && echo >&2
if [ $failed -gt 0 ]; then
    for r in "$WORK"/results/*; do
        head -n 1 "$r" | grep -q '^FAIL' && cat "$r"
    done
fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
