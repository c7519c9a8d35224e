# reflect's map functions are internal/escgotype's bodyless bindings to the
# C runtime (maps.go). Their escape tags stand for those of the runtime
# functions gc's reflect binds, //go:noescape all: gc 1.19 prints, for
# `go build -gcflags=reflect=-m reflect`,
#   value.go:3508 mapaccess(t, m, key)   t, m, key does not escape
#   value.go:3526 mapiterinit(t, m, it)  t, m, it does not escape
#   value.go:3535 mapiternext(it)        it does not escape
#   value.go:3538 maplen(m)              m does not escape
#   value.go:3514 mapassign(t, m, key, val)  t, m, key, val does not escape
#   value.go:3520 mapdelete(t, m, key)   t, m, key does not escape
#   value.go:3505 makemap(t, cap)        leaking param: t (no //go:noescape)
# escgo must print the same verdict for each pointer parameter (escgo's
# mapaccess copies into an out parameter, which does not escape either):
# none leaks but MakeMap's descriptor, as makemap's t.
set -u
fail() { echo "FAIL: $*"; exit 1; }
export ESCGO_CACHE="$PWD/cache"
cat >main.go <<'GO'
package main

import "reflect"

func main() {
	m := reflect.ValueOf(map[string]int{"a": 1})
	for it := m.MapRange(); it.Next(); {
		println(it.Key().String(), m.MapIndex(it.Key()).Int(), m.Len())
	}
}
GO
out=$("$ESCGO" build -o prog -gcflags=internal/escgotype=-m main.go 2>&1) || fail "build: $out"
tags=$(echo "$out" | grep '/escgotype/maps\.go:' | sed 's/.*maps\.go:[0-9]*:[0-9]*: //' | sort | tr '\n' ',')
want="it does not escape,it does not escape,key does not escape,key does not escape,key does not escape,leaking param: mt,m does not escape,m does not escape,m does not escape,m does not escape,m does not escape,mt does not escape,mt does not escape,mt does not escape,mt does not escape,out does not escape,val does not escape,"
[ "$tags" = "$want" ] || fail "maps.go tags: $tags (want $want)"
[ "$(./prog 2>&1)" = "a 1 1" ] || fail "run: $(./prog 2>&1)"
