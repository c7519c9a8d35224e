# What escgo build writes for a module, as go build writes it (checked with
# Go 1.19 on tests/modules/tool, module path example.com/tool/v2): the main
# package ./cmd/tool makes "tool"; in its own directory too; ./... compiles
# every package and writes nothing; -o DIR/ gets every main package; -o FILE
# with several packages is go's error; -gcflags=PATTERN=-m selects packages.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cp -r "$ROOT/tests/modules/tool" mod && cd mod || exit 1
fail() { echo "FAIL: $*"; exit 1; }

"$ESCGO" build ./cmd/tool || fail "escgo build ./cmd/tool"
[ -x tool ] || fail "escgo build ./cmd/tool did not write ./tool"
[ "$(./tool | head -1)" = "init: textfmt var" ] || fail "./tool's output"
rm tool
(cd cmd/tool && "$ESCGO" build) || fail "escgo build in cmd/tool"
[ -x cmd/tool/tool ] || fail "escgo build in cmd/tool did not write tool there"
rm cmd/tool/tool

before=$(find . -type f | sort)
"$ESCGO" build ./... || fail "escgo build ./..."
[ "$(find . -type f | sort)" = "$before" ] || fail "escgo build ./... wrote files"

mkdir out
"$ESCGO" build -o out/ ./... || fail "escgo build -o out/ ./..."
[ "$(ls out)" = tool ] || fail "-o out/ ./... wrote: $(ls out)"

"$ESCGO" build -o one ./... >err 2>&1 && fail "-o FILE with several packages succeeded"
grep -qx 'go: cannot write multiple packages to non-directory one' err || fail "$(cat err)"

"$ESCGO" build -o /dev/null -gcflags='example.com/tool/v2/format=-m -l' ./cmd/tool >err 2>&1 ||
    fail "-gcflags=PATTERN=: $(cat err)"
[ "$(grep '^#' err)" = "# example.com/tool/v2/format" ] || fail "PATTERN= headers: $(grep '^#' err)"
"$ESCGO" build -o /dev/null -gcflags='all=-m -l' ./cmd/tool >err 2>&1 || fail "all=: $(cat err)"
# (all= also selects the standard packages compiled from Go's source.)
[ "$(grep -c '^# example.com/' err)" = 3 ] || fail "all= headers: $(grep '^#' err)"
"$ESCGO" build -o /dev/null -gcflags='-m -l' ./cmd/tool >err 2>&1 || fail "-m: $(cat err)"
[ "$(grep '^#' err)" = "# example.com/tool/v2/cmd/tool" ] || fail "default headers: $(grep '^#' err)"
exit 0
