# The frame table (compiler/driver/pcln.c writes it, runtime/pcln.c reads
# it): every program escgo links carries its functions, lines and inlined
# calls in the section .escgo_pcln, which is not loaded, and names its
# frames from it without libdw (which used to cost every test binary ~3 MB
# of resident memory at its first runtime.Callers). A program whose table
# is stripped or damaged still runs, and still dies with a traceback.
set -u
fail() { echo "FAIL: $*"; exit 1; }
export ESCGO_CACHE="$PWD/cache"
cat >main.go <<'GO'
package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
)

func where() string {
	pc := make([]uintptr, 8)
	n := runtime.Callers(1, pc)
	frames := runtime.CallersFrames(pc[:n])
	var names []string
	for {
		f, more := frames.Next()
		names = append(names, fmt.Sprintf("%s:%d", f.Function, f.Line))
		if !more {
			break
		}
	}
	return strings.Join(names, " ")
}

func main() {
	fmt.Println(where())
	maps, _ := os.ReadFile("/proc/self/maps")
	fmt.Println("libdw mapped:", strings.Contains(string(maps), "libdw"))
	if len(os.Args) > 1 {
		var p *int
		fmt.Println(*p)
	}
}
GO
out=$("$ESCGO" build -o prog main.go 2>&1) || fail "build: $out"
readelf -SW prog | grep -q ' \.escgo_pcln ' || fail "no .escgo_pcln section in the program"

# where() is inlined into main (gc inlines it too): its frame and main's,
# each with its line, from the table, as gc's program prints them (gc's
# goes on with runtime.main and runtime.goexit, frames escgo's runtime
# does not have).
out=$(./prog) || fail "run: $out"
case "$out" in
"main.where:12 main.main:26"*"
libdw mapped: false") ;;
*) fail "frames or mapping: $out" ;;
esac
./prog x >out 2>err
[ $? -eq 2 ] || fail "nil dereference: exit status not 2"
grep -q '^main\.main()$' err && grep -q 'main\.go:31 +0x' err || fail "traceback: $(cat err)"

# Without the table: no frames, no crash.
objcopy --remove-section .escgo_pcln prog stripped || fail "objcopy"
out=$(./stripped) || fail "stripped run: $out"
[ "$out" = ":0
libdw mapped: false" ] || fail "stripped: $out"
./stripped x >out 2>err
[ $? -eq 2 ] || fail "stripped nil dereference: exit status not 2"
grep -q 'goroutine 1 \[running\]:' err || fail "stripped traceback: $(cat err)"

# A damaged table: the header's counts beyond the section are refused; its
# entries overwritten with noise (the program's own code bytes, the same in
# every run) give wrong names, never a crash or a hang.
set -- $(readelf -SW prog | sed -n 's/.* \.escgo_pcln  *PROGBITS  *[0-9a-f]*  *\([0-9a-f]*\)  *\([0-9a-f]*\) .*/\1 \2/p')
[ $# -eq 2 ] || fail "section offset and size"
off=$(printf '%d' "0x$1")
size=$(printf '%d' "0x$2")
cp prog counts && printf '\377\377\377\377\377\377\377\377' |
    dd of=counts bs=1 seek=$((off + 16)) conv=notrunc 2>/dev/null
out=$(./counts) || fail "damaged counts: $out"
[ "$out" = ":0
libdw mapped: false" ] || fail "damaged counts: $out"
for part in 0 1 2 3 4 5 6 7; do   # (funcs first, then scopes, ranges, lines, strings)
    cp prog noise
    dd if=prog bs=1 skip=$((4096 + 8192 * part)) count=8192 2>/dev/null |
        dd of=noise bs=1 seek=$((off + 64 + (size - 8256) * part / 7)) conv=notrunc 2>/dev/null
    timeout 20 ./noise >out 2>err || fail "noise at part $part: exit $? $(cat err)"
    timeout 20 ./noise x >out 2>err
    [ $? -eq 2 ] || fail "noise at part $part, nil dereference: $(cat err)"
done
exit 0
