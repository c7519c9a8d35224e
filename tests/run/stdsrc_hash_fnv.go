// hash/fnv (and hash, math/bits beneath it) compiled from Go 1.19's source.
package main

import (
	"fmt"
	"hash"
	"hash/fnv"
)

func sum(h hash.Hash, s string) []byte {
	h.Write([]byte(s))
	return h.Sum(nil)
}

func main() {
	for _, s := range []string{"", "a", "hello, world", "escape analysis"} {
		h32 := fnv.New32()
		h32.Write([]byte(s))
		h32a := fnv.New32a()
		h32a.Write([]byte(s))
		h64 := fnv.New64()
		h64.Write([]byte(s))
		h64a := fnv.New64a()
		h64a.Write([]byte(s))
		fmt.Printf("%q %08x %08x %016x %016x\n", s, h32.Sum32(), h32a.Sum32(), h64.Sum64(), h64a.Sum64())
		fmt.Printf("  128: %x 128a: %x\n", sum(fnv.New128(), s), sum(fnv.New128a(), s))
	}
	h := fnv.New64a()
	fmt.Println(h.Size(), h.BlockSize())
	h.Write([]byte("abc"))
	h.Reset()
	h.Write([]byte("abc"))
	fmt.Printf("%x\n", h.Sum([]byte{0xff}))
}
