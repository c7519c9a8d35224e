package main

import _ "unsafe"

//go:uintptrkeepalive // ERROR "//go:uintptrkeepalive is only allowed in the standard library"
func u(p uintptr) {}

func main() {
}
