// errorcheck -0 -m

package main

// Calls gc compiles as amd64 intrinsics cost one node each in the inliner's
// budget (not the 57 extra of an ordinary call) and are never inlined
// themselves, so a function made of several of them stays inlinable.

import (
	"math"
	"math/bits"
	"sync/atomic"
)

var (
	x32 uint32
	x64 uint64
	n   int64
	f   float64
)

func rotate() { // ERROR "can inline rotate$"
	x32 = bits.RotateLeft32(x32, 5)
	x64 = bits.RotateLeft64(x64, 7) ^ bits.ReverseBytes64(x64)
}

func count() int { // ERROR "can inline count$"
	return bits.OnesCount64(x64) + bits.TrailingZeros32(x32) + bits.Len64(x64)
}

func roots() float64 { // ERROR "can inline roots$"
	return math.Sqrt(f) + math.Floor(f) + math.Ceil(f) + math.Trunc(f)
}

func counters() int64 { // ERROR "can inline counters$"
	atomic.AddInt64(&n, 1)
	atomic.CompareAndSwapInt64(&n, 2, 3)
	return atomic.LoadInt64(&n)
}

func main() { // ERROR "can inline main$"
	rotate()                                 // ERROR "inlining call to rotate$"
	println(count(), roots(), counters())    // ERROR "inlining call to count$" "inlining call to roots$" "inlining call to counters$"
}
