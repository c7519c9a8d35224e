# Standard packages escgo does not implement in C compile from Go's source
# (GOROOT/src): once per cache and flag set, like module packages (a warm
# build compiles nothing; an -asan build reuses an earlier -asan build's
# objects, never a plain one's); their -m lines only when -gcflags selects them; ESCGO_GOROOT
# names the tree; a package that needs Go's assembly is refused at its
# bodyless function, and a path that is not in GOROOT says so.
set -u
fail() { echo "FAIL: $*"; exit 1; }
export ESCGO_CACHE="$PWD/cache"
cat >main.go <<'GO'
package main

import (
	"container/list"
	"fmt"
)

func main() {
	l := list.New()
	l.PushBack(1)
	fmt.Println(l.Len())
}
GO
[ "$("$ESCGO" run main.go 2>&1)" = 1 ] || fail "run: $("$ESCGO" run main.go 2>&1)"
out=$("$ESCGO" build -gcflags=all=-d=cache main.go 2>&1)
echo "$out" | grep -q 'cache hit  container/list (.*): export data, not compiled' || fail "warm build: $out"
# Each flag set that changes the code has entries of its own: compiled by
# its first build, reused by the next, and the program runs.
for fl in -asan -O0 -escape=off; do
    how() { "$ESCGO" build $fl -o flag.bin -gcflags=all=-d=cache main.go 2>&1 | grep ' container/list'; }
    how | grep -q 'cache miss container/list: compiled' || fail "$fl reused another flag set's entry"
    how | grep -q 'cache hit  container/list (.*): export data, not compiled' || fail "$fl warm: $(how)"
    out=$(ASAN_OPTIONS=detect_leaks=0:handle_segv=0:allow_user_segv_handler=1 ./flag.bin 2>&1)
    [ "$out" = 1 ] || fail "$fl program: $out"
done
# A compiler flag holds for the packages -gcflags names, as in go:
# -smallframes on main leaves container/list's entry as it was.
out=$("$ESCGO" build -gcflags='all=-d=cache' -gcflags='-smallframes -d=cache' main.go 2>&1)
echo "$out" | grep -q 'cache hit  container/list (.*): export data, not compiled' ||
  fail "-smallframes reached container/list: $out"
out=$("$ESCGO" build -gcflags=-m main.go 2>&1)
echo "$out" | grep -q '^# container/list' && fail "-m printed container/list's lines: $out"
out=$("$ESCGO" build -gcflags=container/list=-m main.go 2>&1)
echo "$out" | grep -q '^# container/list' || fail "container/list=-m: $out"
echo "$out" | grep -q 'list.go:62:30: new(List) escapes to heap' || fail "container/list=-m: $out"
out=$(ESCGO_GOROOT="$PWD/nogo" "$ESCGO" build main.go 2>&1)
echo "$out" | grep -q "main.go:4:2: package container/list is not in GOROOT ($PWD/nogo/src/container/list)" ||
  fail "ESCGO_GOROOT: $out"
printf 'package main\n\nimport _ "runtime/internal/atomic"\n\nfunc main() {}\n' >asm.go
out=$("$ESCGO" build asm.go 2>&1)
[ $? = 1 ] || fail "assembly: exit status"
echo "$out" | grep -q 'atomic_amd64.go:52:6: function Xadd has no body: package runtime/internal/atomic needs Go.s assembly' ||
  fail "assembly: $out"
printf 'package main\n\nimport _ "no/such/pkg"\n\nfunc main() {}\n' >missing.go
out=$("$ESCGO" build missing.go 2>&1)
echo "$out" | grep -q 'missing.go:3:8: package no/such/pkg is not in GOROOT' || fail "missing: $out"
exit 0
