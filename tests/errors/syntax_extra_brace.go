package main

func main() {
	println("x")
}
} // ERROR "syntax error: non-declaration statement outside function body"
