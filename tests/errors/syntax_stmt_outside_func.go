package main

var y = 2

y = 3 // ERROR "syntax error: non-declaration statement outside function body"

func main() {
}
