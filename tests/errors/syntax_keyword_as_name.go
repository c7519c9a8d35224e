package main

func main() {
	var func int // ERROR "syntax error: unexpected func, expecting name"
	type := 2 // ERROR "syntax error: unexpected :=, expecting name"
}
