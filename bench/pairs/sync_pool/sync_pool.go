// Seed 003 (3): reusing 4 KB buffers through sync.Pool (the seed's bufPool
// pattern) instead of making a fresh one per call. The fresh buffer's size
// is a variable, as a real buffer size usually is, so it goes to the heap.
package sync_pool

import "sync"

var bufSize = 4096

var bufPool = sync.Pool{New: func() any {
	b := make([]byte, 0, 4096)
	return &b
}}

//go:noinline
func fill(b []byte, data string) []byte {
	for i := 0; i < 8; i++ {
		b = append(b, data...)
	}
	return b
}

//go:noinline
func withPool(data string) int {
	bptr := bufPool.Get().(*[]byte)
	b := fill((*bptr)[:0], data)
	n := len(b) + int(b[0])
	*bptr = b[:0]
	bufPool.Put(bptr)
	return n
}

//go:noinline
func withFresh(data string) int {
	b := make([]byte, 0, bufSize)
	b = fill(b, data)
	return len(b) + int(b[0])
}
