package main

func main() {
	s := "aÿb" // ERROR "invalid UTF-8 encoding"
	_ = s
}
