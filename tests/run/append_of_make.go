// append(x, make([]T, n)...) is gc's extendSlice: x grows by n zeroed
// elements and the made slice is never allocated (one allocation per
// growth, as bytes.Buffer's growSlice counts on); a negative n panics as
// make does, an overflowing length as growslice does.
package main

import (
	"bytes"
	"fmt"
	"testing"
)

type pair struct {
	p *int
	n int
}

func extend(b []byte, n int) []byte { return append(b, make([]byte, n)...) }

func overflow() {
	defer func() { fmt.Println("recovered:", recover()) }()
	n := int(^uint(0) >> 1)
	fmt.Println(len(extend([]byte{1, 2}, n)))
}

func negative(b []byte) {
	defer func() { fmt.Println("recovered:", recover()) }()
	n := -1
	fmt.Println(len(extend(b, n)))
}

func main() {
	b := make([]byte, 3, 10)
	copy(b[:10], "abcdefghij")
	b = extend(b, 4)
	fmt.Println(b, len(b), cap(b))
	b = extend(b, 10)
	fmt.Println(b, len(b), cap(b))
	var nilb []byte
	nilb = append(nilb, make([]byte, 0)...)
	fmt.Println(nilb == nil, len(nilb))
	x := 7
	ps := []pair{{&x, 1}}
	ps = append(ps, make([]pair, 2)...)
	fmt.Println(len(ps), cap(ps), ps[1].p == nil, *ps[0].p)
	var u8 uint8 = 5
	fmt.Println(len(append([]int{1}, make([]int, u8)...)))
	fmt.Println(testing.AllocsPerRun(100, func() { _ = extend(nil, 100) }))
	fmt.Println(testing.AllocsPerRun(100, func() {
		var buf bytes.Buffer
		for i := 0; i < 10; i++ {
			buf.WriteString("abcdefghijklmnop")
		}
	}))
	overflow()
	negative(b)
}
