# Package runtime is escgo's overlay (overlay/runtime): its functions
# without a body are bound to the C runtime, with escape tags written by
# hand (//go:noescape or not). Each must give what gc 1.19 prints for the
# real function; gc's lines, from `go build -a -gcflags=runtime=-m runtime`:
#   mstats.go:355   ReadMemStats(m)         m does not escape
#   mfinal.go:484   KeepAlive(x)            x does not escape
#   mfinal.go:341   SetFinalizer(obj, finalizer)  leaking param: obj; leaking param: finalizer
#   mprof.go:1193   Stack(buf, all)         leaking param: buf
#   mprof.go:652    MemProfile(p, inuseZero)  p does not escape
#   extern.go:240   Callers(skip, pc)       pc does not escape
#   symtab.go:81    (*Frames).Next          leaking param: ci
# (escgo's Callers, MemProfile and Next have Go bodies over the bodyless
# callers, memProfile and expandPC, whose tags decide theirs.) The Go
# bodies must give gc's tags too:
#   symtab.go:66    CallersFrames(callers)  leaking param: callers
#   symtab.go:746   (*Func).Name            leaking param: f to result ~r0 level=1
#   symtab.go:759   (*Func).Entry           f does not escape
#   mprof.go:613/616  InUseBytes, InUseObjects  r does not escape
#   mprof.go:622    (*MemProfileRecord).Stack   leaking param: r to result ~r0 level=0
# Not held to gc's: (*Func).FileLine, "leaking param content: f" in gc,
# whose body reads gc's function tables (escgo's asks libdw by pc).
set -u
fail() { echo "FAIL: $*"; exit 1; }
export ESCGO_CACHE="$PWD/cache"
cat >main.go <<'GO'
package main

import "runtime"

func main() {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	println(ms.NumGC >= 0)
}
GO
out=$("$ESCGO" build -o prog -gcflags=runtime=-m main.go 2>&1) || fail "build: $out"
verdicts() {   # verdicts FILE FUNC-LINE-PATTERN: the verdicts on the lines of FILE's declaration
    echo "$out" | grep "/overlay/runtime/$1:" | grep -v 'inlining call\|can inline\|assuming\|escapes to heap\|self-assignment' |
        sed 's/.*\.go:\([0-9]*\):[0-9]*: /\1 /'
}
# The line of the declaration of FUNC in FILE of the overlay.
line_of() { grep -n "^func $2" "$ROOT_OVERLAY/$1" | head -1 | cut -d: -f1; }
ROOT_OVERLAY=$(dirname "$(echo "$out" | grep -o '/[^ :]*/overlay/runtime/mem.go' | head -1)")
[ -d "$ROOT_OVERLAY" ] || fail "no overlay path in -m output: $out"
check() {   # check FILE 'FUNC-DECL-PREFIX' 'VERDICT'...
    file=$1 fn=$2
    shift 2
    ln=$(line_of "$file" "$fn")
    [ -n "$ln" ] || fail "no func $fn in $file"
    got=$(verdicts "$file" | awk -v l="$ln" '$1 == l { $1 = ""; sub(/^ /, ""); print }' | sort | tr '\n' ';')
    want=$(for v in "$@"; do echo "$v"; done | sort | tr '\n' ';')
    [ "$got" = "$want" ] || fail "$fn: got '$got', want gc's '$want'"
}
check mem.go 'ReadMemStats(' 'm does not escape'
check mem.go 'KeepAlive(' 'x does not escape'
check mem.go 'SetFinalizer(' 'leaking param: obj' 'leaking param: finalizer'
check proc.go 'Stack(' 'leaking param: buf'
check mem.go 'MemProfile(' 'p does not escape'
check extern.go 'Callers(' 'pc does not escape'
check symtab.go '(ci \*Frames) Next(' 'leaking param: ci'
check symtab.go 'CallersFrames(' 'leaking param: callers'
check symtab.go '(f \*Func) Name(' 'leaking param: f to result ~r0 level=1'
check symtab.go '(f \*Func) Entry(' 'f does not escape'
check mem.go '(r \*MemProfileRecord) InUseBytes(' 'r does not escape'
check mem.go '(r \*MemProfileRecord) InUseObjects(' 'r does not escape'
check mem.go '(r \*MemProfileRecord) Stack(' 'leaking param: r to result ~r0 level=0'
[ "$(./prog 2>&1)" = "true" ] || fail "run: $(./prog 2>&1)"
