package main

const (
	A = iota * 10
	B
	C
	Big = 1 << 100
	Small = Big >> 98
	F = 0.1 + 0.2
)

func main() { println(A, B, C, Small); var f float64 = F; println(f) }
