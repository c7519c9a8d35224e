// Uses every kind of IR node, so that -d=ir=lower,ir=escape prints each one
// (the irdump/ test checks that it does, and that escape analysis changed
// nothing but the verdicts). The comments name the kinds each line makes.
package main

import (
	"fmt"
	"unsafe"
)

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H } // FIELD BINARY RETURN

func pair() (int, string) { return 1, "one" }

func area(s Shape) int { return s.Area() } // ICALL

func main() {
	var arr [3]int                   // DECL ZERO
	arr[1] = 2                       // ASSIGN INDEX CONST
	p := &arr                        // ADDR
	q := new(int)                    // NEW
	*q = -arr[1]                     // DEREF UNARY
	r := &Rect{W: 2, H: 3}           // ADDRLIT COMPLIT
	s := make([]int, 2, 4)           // MAKESLICE
	s = append(s, len(p), cap(s))    // APPEND LEN CAP
	t := []int{7, 8}                 // SLICELIT
	copy(s, t[:1])                   // COPY SLICE
	n, word := pair()                // CALL EXTRACT
	str := word + "!"                // CONCAT
	b := []byte(str)                 // STR2BYTES
	rs := []rune(str)                // STR2RUNES
	back := string(b) + string(rs)   // BYTES2STR RUNES2STR
	ch1 := string(rune(65 + n))      // RUNE2STR CONV
	z := complex(float64(n), 2)      // COMPLEX
	n += int(real(z) + imag(z))      // REAL IMAG
	m := map[string]int{"a": s[0]}   // MAKEMAP SLICEINDEX
	m["b"] = int(str[0])             // MAPINDEX STRINDEX
	delete(m, "a")                   // MAPDELETE
	for k, v := range m {            // MAPITERINIT MAPITERNEXT MAPITERKEY MAPITERVAL
		if k == "b" && v > 0 || false { // IF ANDAND OROR
			continue // CONTINUE
		}
	}
	for i, c := range back { // DECODERUNE FOR
		if i > 2 {
			break // BREAK
		}
		_ = c
	}
	up := unsafe.Add(unsafe.Pointer(&arr), 8) // UNSAFEADD
	us := unsafe.Slice((*int)(up), 2)         // UNSAFESLICE
	ap := (*[2]int)(us)                       // SLICE2ARRPTR
	_ = ap
	var sh Shape = *r                // BOX
	area := area(sh)
	rect, ok := sh.(Rect)            // ASSERT
	f := pair                        // FUNCVALUE
	count := 0
	g := func() { count++ }          // CLOSURE
	g()                              // CALLVALUE
	_, _ = f()
	ch := make(chan int, 1)          // MAKECHAN
	done := make(chan bool)
	go func() { done <- true }()     // GO SEND
	ch <- area                       // SEND
	x := <-ch                        // RECV
	<-done
	select {                         // SELECT SWITCH
	case v := <-ch:
		x += v
	default:
	}
	switch x { // SWITCH
	case 6:
		x++
		fallthrough
	default:
		x--
	}
	i := 0
loop: // LABEL
	i++
	if i < 3 {
		goto loop // GOTO
	}
	defer recover() // RECOVERTOKEN (taken at the defer statement)
	defer func() { // DEFER
		e := recover() // RECOVER
		fmt.Println("recovered:", e, x, rect.H, ok, count, ch1, cap(ch)) // RTCALL (a channel's cap is the C runtime's)
	}()
	println("print", i) // PRINT
	{                   // BLOCK
		panic("boom") // PANIC
	}
}
