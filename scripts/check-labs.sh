#!/bin/sh
# check-labs.sh — proves the course labs' expectations against the real gc
# (Go 1.19), as check-goldens.sh does for the tests: every lab's criteria run
# under gc (go build -gcflags, go test) give each instructor solution full
# marks, so every verdict, allocation count and output a lab expects is gc's.
# Criteria that measure escgo itself (-escape=off, lab 12) are skipped there.
# Skipped (exit 0, with a message) when `go` is not installed.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
if ! command -v go >/dev/null 2>&1; then
    echo "check-labs: skipped: the Go toolchain (go) is not installed"
    exit 0
fi
case $(go version) in
    *go1.19*) ;;
    *) echo "check-labs: warning: $(go version); the labs expect Go 1.19" ;;
esac
exec "$ROOT/bin/escgo" lab check -gc -solutions
