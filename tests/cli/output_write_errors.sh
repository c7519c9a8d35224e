# Write errors are reported in escgo's words with exit 1, never ignored or an
# abort: the executable and the .ll alike. An existing non-regular output
# (/dev/null) is written into, as go build does.
set -u
printf 'package main\n\nfunc main() { println("hi") }\n' >hello.go
for mode in "" "-emit-llvm"; do
    # shellcheck disable=SC2086 # mode is zero or one word
    "$ESCGO" build $mode -o /dev/full hello.go 2>err
    rc=$?
    [ $rc = 1 ] || { echo "build $mode -o /dev/full: exit $rc, want 1"; cat err; exit 1; }
    grep -qx 'escgo: write /dev/full: no space left on device' err ||
        { echo "build $mode -o /dev/full: unexpected message:"; cat err; exit 1; }
    # shellcheck disable=SC2086
    "$ESCGO" build $mode -o /dev/null hello.go || { echo "build $mode -o /dev/null failed"; exit 1; }
done
# A directory that cannot hold the output: escgo's message, not the linker's.
"$ESCGO" build -o hello.go.d/x hello.go 2>/dev/null || { echo "-o into a new directory failed"; exit 1; }
[ -x hello.go.d/x ] || { echo "-o hello.go.d/x: no executable"; exit 1; }
"$ESCGO" build -o hello.go/x hello.go 2>err && { echo "-o under a file succeeded"; exit 1; }
grep -qx 'escgo: write hello.go/x: not a directory' err || { echo "-o under a file:"; cat err; exit 1; }
# -o DIR/ names a directory, created if missing, as in go build.
"$ESCGO" build -o bin/ hello.go && [ -x bin/hello ] || { echo "-o bin/ did not make bin/hello"; exit 1; }
# Nothing is left behind: no temporary files next to the outputs.
leftover=$(find . -name '.*escgo-*')
[ -z "$leftover" ] || { echo "temporary files left: $leftover"; exit 1; }
exit 0
