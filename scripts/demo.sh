#!/bin/sh
# demo.sh — `make demo`: compile and run the samples with escgo, showing each
# command and what it printed.
#
#   samples/hello    the first program
#   samples/memory   (when present) the memory demo: gc's -m verdicts, then
#                    the same program with escape analysis on and off
set -u

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 1
ESCGO=${ESCGO:-bin/escgo}
status=0

# Prints a command like a shell transcript, then runs it.
show() {
    printf '\n$ %s\n' "$*"
    "$@" || { rc=$?; echo "(exit status $rc)"; status=1; }
}

if [ ! -x "$ESCGO" ]; then
    echo "demo.sh: $ESCGO not built; run make" >&2
    exit 1
fi

show "$ESCGO" version
if [ -d samples/hello ]; then
    show "$ESCGO" run samples/hello
else
    echo "demo.sh: samples/hello is missing" >&2
    status=1
fi

if [ -d samples/memory ]; then
    show "$ESCGO" build -gcflags=-m -o build/memory-demo samples/memory
    show "$ESCGO" run samples/memory
    show "$ESCGO" run -escape=off samples/memory
    rm -f build/memory-demo
fi
exit $status
