package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
	_
	x5
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
	bit3, mask3
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

func main() {
	fmt.Println(Sunday, Monday, Saturday)
	fmt.Printf("%T %v %d\n", Tuesday, Wednesday, Friday+Thursday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x0, x1, x2, x3, x5)
	fmt.Println(bit0, mask0, bit1, mask1, bit3, mask3)
	fmt.Println(FlagA, FlagB, FlagC, FlagD, FlagA|FlagC|FlagD)
	fmt.Printf("%T %08b\n", FlagB, FlagA|FlagD)
	const local = iota
	const (
		l0 = iota * iota
		l1
		l2
		l3
	)
	fmt.Println(local, l0, l1, l2, l3)
}
