#!/bin/sh
# fuzz.sh — fuzz escgo's front end (lex, parse, check) with libFuzzer.
#
#   scripts/fuzz.sh                  60 seconds (make fuzz)
#   FUZZ_SECONDS=600 scripts/fuzz.sh
#
# Builds tests/fuzz/fuzz_frontend.c and the compiler (minus the driver) with
# clang -fsanitize=fuzzer,address into build/fuzz/, then runs it from the
# seed corpus tests/fuzz/corpus. New inputs go to build/fuzz-corpus/, crashes
# to build/fuzz-crashes/. Exit status: 0 if nothing was found.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
CLANG=${CLANG:-clang}
SECONDS_TO_RUN=${FUZZ_SECONDS:-60}
if [ -z "${LLVM_CONFIG:-}" ]; then
    LLVM_CONFIG=$(command -v llvm-config 2>/dev/null ||
                  ls /usr/bin/llvm-config-* 2>/dev/null | sort -V | tail -n 1)
fi
command -v "$CLANG" >/dev/null 2>&1 ||
    { echo "fuzz.sh: needs clang (scripts/install-deps.sh --all)" >&2; exit 1; }

OUT=build/fuzz
mkdir -p "$OUT/obj" build/fuzz-corpus build/fuzz-crashes
LLVM_CFLAGS=$("$LLVM_CONFIG" --cflags | sed 's/-std=[^ ]*//g')
LLVM_LIBS="$("$LLVM_CONFIG" --ldflags --libs core analysis target native passes bitwriter) $("$LLVM_CONFIG" --system-libs)"
CFLAGS="-std=gnu11 -g -O1 -fno-omit-frame-pointer -w -Icompiler $LLVM_CFLAGS"

# Recompiles a source whose object is missing or older than it or a header.
newest_header=$(ls -t compiler/*/*.h 2>/dev/null | head -n 1)
objs=""
for src in compiler/*.c compiler/*/*.c; do
    [ -f "$src" ] || continue
    # The command-line driver (driver/: main.c, test.c, link.c)
    # is not part of the front end under test.
    case $src in compiler/main.c|compiler/driver/*) continue ;; esac
    obj="$OUT/obj/$(echo "$src" | tr '/' '_' | sed 's/\.c$/.o/')"
    # shellcheck disable=SC3013 # -nt: dash and bash have it
    if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ] || [ "$newest_header" -nt "$obj" ]; then
        echo "CC $src"
        # shellcheck disable=SC2086 # CFLAGS is a list of words
        "$CLANG" $CFLAGS -fsanitize=fuzzer-no-link,address -c -o "$obj" "$src"
    fi
    objs="$objs $obj"
done
echo "LINK $OUT/fuzz_frontend"
# shellcheck disable=SC2086
"$CLANG" $CFLAGS -fsanitize=fuzzer,address -o "$OUT/fuzz_frontend" \
    tests/fuzz/fuzz_frontend.c $objs $LLVM_LIBS -lgmp -ldw -lelf -lm

echo "fuzzing for ${SECONDS_TO_RUN}s (corpus build/fuzz-corpus, seeds tests/fuzz/corpus)"
# The compiler frees nothing by design (a process compiles one package), so
# memory grows with every input: leak checks are off, and the fuzzer runs in
# rounds of RUNS_PER_ROUND inputs, restarting from the grown corpus each time.
RUNS_PER_ROUND=${RUNS_PER_ROUND:-10000}
deadline=$(($(date +%s) + SECONDS_TO_RUN))
status=0
while [ $status -eq 0 ]; do
    left=$((deadline - $(date +%s)))
    [ $left -gt 0 ] || break
    ASAN_OPTIONS=detect_leaks=0 "$OUT/fuzz_frontend" -max_total_time="$left" -runs="$RUNS_PER_ROUND" -max_len=4096 \
        -timeout=10 -rss_limit_mb=3072 -malloc_limit_mb=1024 -detect_leaks=0 \
        -print_final_stats=1 -artifact_prefix=build/fuzz-crashes/ \
        build/fuzz-corpus tests/fuzz/corpus || status=$?
done
if [ $status -ne 0 ]; then
    echo "fuzz.sh: found a bug; inputs in build/fuzz-crashes/:" >&2
    ls -t build/fuzz-crashes/ | head -n 5 >&2
    echo "replay one with: $OUT/fuzz_frontend build/fuzz-crashes/FILE" >&2
fi
exit $status
