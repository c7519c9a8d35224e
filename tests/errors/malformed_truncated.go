package main

func main() {
	x := 1
	if x > 0 {
		println(x // ERROR "syntax error: unexpected EOF in argument list; possibly missing comma or \)"