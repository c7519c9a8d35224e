package main

import "fmt"

type Big struct {
	a, b, c, d, e int64
}

func main() {
	var ints []int
	last := -1
	for i := 0; i < 2000; i++ {
		ints = append(ints, i)
		if cap(ints) != last {
			fmt.Println("int", len(ints), cap(ints))
			last = cap(ints)
		}
	}
	var bs []byte
	last = -1
	for i := 0; i < 5000; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != last {
			fmt.Println("byte", len(bs), cap(bs))
			last = cap(bs)
		}
	}
	var i32 []int32
	last = -1
	for i := 0; i < 1500; i++ {
		i32 = append(i32, int32(i))
		if cap(i32) != last {
			fmt.Println("int32", len(i32), cap(i32))
			last = cap(i32)
		}
	}
	var ss []string
	last = -1
	for i := 0; i < 700; i++ {
		ss = append(ss, "x")
		if cap(ss) != last {
			fmt.Println("string", len(ss), cap(ss))
			last = cap(ss)
		}
	}
	var bigs []Big
	last = -1
	for i := 0; i < 300; i++ {
		bigs = append(bigs, Big{a: int64(i)})
		if cap(bigs) != last {
			fmt.Println("Big", len(bigs), cap(bigs))
			last = cap(bigs)
		}
	}
	var many []int
	many = append(many, 1, 2, 3, 4, 5)
	fmt.Println(len(many), cap(many))
	many = append(many, 6, 7, 8, 9, 10, 11, 12)
	fmt.Println(len(many), cap(many))
	many = append(many, many...)
	fmt.Println(len(many), cap(many))
	b3 := append([]byte{}, 1, 2, 3)
	fmt.Println(len(b3), cap(b3))
	b3 = append(b3, make([]byte, 20)...)
	fmt.Println(len(b3), cap(b3))
	s5 := make([]int, 5)
	s5 = append(s5, 1)
	fmt.Println(len(s5), cap(s5))
	s7 := make([]int, 0, 7)
	s7 = append(s7, 1, 2, 3, 4, 5, 6, 7, 8)
	fmt.Println(len(s7), cap(s7))
	u16 := append([]uint16(nil), make([]uint16, 13)...)
	fmt.Println(len(u16), cap(u16))
	st := append([]struct{ x, y, z byte }{}, struct{ x, y, z byte }{1, 2, 3})
	fmt.Println(len(st), cap(st), st)
}
