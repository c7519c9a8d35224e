// hash/crc32 compiled from Go 1.19's source; escgo's overlay replaces its
// amd64 assembly glue, so the portable tables compute the same checksums.
package main

import (
	"fmt"
	"hash/crc32"
)

func main() {
	data := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Printf("%08x\n", crc32.ChecksumIEEE(data))
	cast := crc32.MakeTable(crc32.Castagnoli)
	koop := crc32.MakeTable(crc32.Koopman)
	fmt.Printf("%08x %08x\n", crc32.Checksum(data, cast), crc32.Checksum(data, koop))
	long := make([]byte, 5000)
	for i := range long {
		long[i] = byte(i * 7)
	}
	fmt.Printf("%08x %08x\n", crc32.ChecksumIEEE(long), crc32.Checksum(long, cast))
	h := crc32.NewIEEE()
	h.Write(data[:10])
	h.Write(data[10:])
	fmt.Printf("%08x %d %x\n", h.Sum32(), h.Size(), h.Sum([]byte("sum:")))
	crc := crc32.Update(0, crc32.IEEETable, []byte("The quick "))
	crc = crc32.Update(crc, crc32.IEEETable, data[10:])
	fmt.Printf("%08x\n", crc)
	c := crc32.New(cast)
	c.Write(long)
	fmt.Printf("%08x\n", c.Sum32())
}
