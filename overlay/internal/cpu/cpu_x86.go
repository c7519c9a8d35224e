// escgo's cpu_x86.go. Go's own file asks the processor for its features
// with the CPUID and XGETBV instructions, written in assembly (cpu_x86.s),
// which escgo does not compile. It reports none here: every fast path a
// feature would select in the standard library (bytealg's SSE/AVX2 search,
// crc32's CLMUL, crypto's AES-NI) is Go's assembly too, so the portable Go
// code is the only code escgo can run. X86's fields stay false, and the
// options GODEBUG=cpu.* could turn off are the ones Go lists at GOAMD64=v1.

//go:build 386 || amd64

package cpu

import _ "unsafe" // for go:linkname

// CacheLinePadSize is x86's cache line, as Go's: CacheLinePad's size and
// the layout of the X86 struct depend on it.
const CacheLinePadSize = 64

func doinit() {
	options = []option{
		{Name: "adx", Feature: &X86.HasADX},
		{Name: "aes", Feature: &X86.HasAES},
		{Name: "avx", Feature: &X86.HasAVX},
		{Name: "avx2", Feature: &X86.HasAVX2},
		{Name: "bmi1", Feature: &X86.HasBMI1},
		{Name: "bmi2", Feature: &X86.HasBMI2},
		{Name: "erms", Feature: &X86.HasERMS},
		{Name: "fma", Feature: &X86.HasFMA},
		{Name: "pclmulqdq", Feature: &X86.HasPCLMULQDQ},
		{Name: "popcnt", Feature: &X86.HasPOPCNT},
		{Name: "rdtscp", Feature: &X86.HasRDTSCP},
		{Name: "sse3", Feature: &X86.HasSSE3},
		{Name: "sse41", Feature: &X86.HasSSE41},
		{Name: "sse42", Feature: &X86.HasSSE42},
		{Name: "ssse3", Feature: &X86.HasSSSE3},
	}
}

// Name is the vendor's name for the CPU: CPUID's brand string (leaves
// 0x80000002 to 0x80000004), leading spaces and what follows the first NUL
// cut off, as Go's; empty when the processor has none. The instruction is
// the C runtime's (runtime/gohooks.c).
func Name() string {
	var regs [4]uint32
	cpuid(0x80000000, &regs)
	if regs[0] < 0x80000004 {
		return ""
	}
	var brand []byte
	for leaf := uint32(0x80000002); leaf <= 0x80000004; leaf++ {
		cpuid(leaf, &regs)
		for _, r := range regs {
			brand = append(brand, byte(r), byte(r>>8), byte(r>>16), byte(r>>24))
		}
	}
	for len(brand) > 0 && brand[0] == ' ' {
		brand = brand[1:]
	}
	for i, c := range brand {
		if c == 0 {
			brand = brand[:i]
			break
		}
	}
	return string(brand)
}

// cpuid runs CPUID for leaf (subleaf 0): EAX, EBX, ECX, EDX into regs.
//
//go:linkname cpuid escgo_cpu_cpuid
//go:noescape
func cpuid(leaf uint32, regs *[4]uint32)
