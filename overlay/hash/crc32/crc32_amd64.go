// escgo's crc32_amd64.go. Go's own file computes CRCs with SSE4.2 and
// CLMUL instructions written in assembly (crc32_amd64.s), which escgo does not
// compile, and asks internal/cpu (assembly too) whether the CPU has them.
// Here no architecture-specific algorithm is available, so crc32.go uses its
// portable slicing-by-8 tables: the same checksums, computed in Go.

package crc32

func archAvailableIEEE() bool { return false }

func archInitIEEE() { panic("escgo: no architecture-specific IEEE CRC-32") }

func archUpdateIEEE(crc uint32, p []byte) uint32 {
	panic("escgo: no architecture-specific IEEE CRC-32")
}

func archAvailableCastagnoli() bool { return false }

func archInitCastagnoli() { panic("escgo: no architecture-specific Castagnoli CRC-32") }

func archUpdateCastagnoli(crc uint32, p []byte) uint32 {
	panic("escgo: no architecture-specific Castagnoli CRC-32")
}
