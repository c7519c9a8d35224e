package main

func main() {
	var s uint = 70
	x := 1 << s
	var i int = -8
	println(x, i>>1, i/3, i%3, -i, ^i, i&^3)
	var f = 1.5
	println(f / 0.5, 1 << 62, int64(1) << 63 >> 63)
}
