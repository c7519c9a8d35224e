package main

func main() {
	var x int8 = 200
	var y uint = -1
	const z = 1 << 1000000
	_ = 1 / 0
	println(x, y)
}
