package main

func counter() func() int {
	n := 0
	return func() int { n++; return n }
}

func main() {
	c := counter()
	c()
	println(c())
}
