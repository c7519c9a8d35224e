// errorcheck -0 -m -l

// Seed 000/001 "变量和栈有什么关系": calc's c and x live on the stack; gc
// prints nothing for them. main prints its result with println (no boxing).

package main

func calc(a, b int) int {
	var c int // 声明整型变量 c, 运行时, c 会分配一段内存用以存储 c 的数值。
	c = a * b

	var x int // 声明整型变量 x, x 也会被分配一段内存。
	x = c * 10

	return x
}

func main() {
	println(calc(2, 3))
}
