package main

var a = b + 1 // ERROR "initialization loop for a"
var b = c * 2
var c = a

const k = k + 1 // ERROR "initialization loop for k"

func main() {
	println(a, b, c, k)
}
