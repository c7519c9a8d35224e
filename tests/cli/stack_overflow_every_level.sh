# Unbounded recursion dies with gc's lines and exit status 2 at every
# optimisation level, in main and in a goroutine (at -O1/-O2 LLVM used to
# turn the recursion into an endless loop).
set -u
cat >rec.go <<'GO'
package main

func f(n int) int { return f(n+1) + 1 }

func main() {
	if len(gs()) == 0 {
		println(f(0))
	}
	done := make(chan int)
	go func() { done <- f(0) }()
	println(<-done)
}

func gs() string { return "" }
GO
sed 's/len(gs()) == 0/len(gs()) == 1/' rec.go >recgo.go
for prog in rec recgo; do
    for level in -O0 -O1 -O2; do
        "$ESCGO" build $level -o "$prog$level" "$prog.go" || { echo "$prog $level: build failed"; exit 1; }
        timeout 10 "./$prog$level" >out 2>err
        rc=$?
        [ $rc = 2 ] || { echo "$prog $level: exit $rc, want 2 (124: it hung)"; head -3 err; exit 1; }
        sed -n 1p err | grep -qx 'runtime: goroutine stack exceeds 1000000000-byte limit' &&
            sed -n 2p err | grep -q '^runtime: sp=0x[0-9a-f]* stack=\[0x[0-9a-f]*, 0x[0-9a-f]*\]$' &&
            sed -n 3p err | grep -qx 'fatal error: stack overflow' ||
            { echo "$prog $level: not gc's lines:"; head -3 err; exit 1; }
    done
done
exit 0
