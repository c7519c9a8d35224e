package main

func main() {
}

import "fmt" // ERROR "syntax error: non-declaration statement outside function body"
