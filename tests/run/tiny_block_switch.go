// gc's tiny allocator packs pointer-free objects under 16 bytes into 16-byte
// blocks; when one does not fit, it gets a fresh block, which becomes the
// current one only if it has more room left than the old (mallocgc: size <
// c.tinyoffset). MemStats counts the blocks, so TotalAlloc (B/op in go test
// -benchmem) shows the rule: a 14-byte object after a 4-byte one opens a
// block of its own, and the 2-byte ones that follow still go into the old
// block, which has more room. No collection may come between them (gc's
// drops every P's tiny block), so the collector is off while they run.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var keep [4096][]byte

//go:noinline
func fill(n int) {
	for i := 0; i+4 <= n; i += 4 {
		keep[i] = make([]byte, 4)
		keep[i+1] = make([]byte, 14)
		keep[i+2] = make([]byte, 2)
		keep[i+3] = make([]byte, 2)
	}
}

func main() {
	debug.SetGCPercent(-1)
	fill(len(keep)) // warm: the first calls may open blocks of their own
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	fill(len(keep))
	runtime.ReadMemStats(&after)
	fmt.Println("bytes:", after.TotalAlloc-before.TotalAlloc)
	fmt.Println("objects:", after.Mallocs-before.Mallocs)
}
