package main

//go:noinline // ERROR "misplaced compiler directive"
var v int

//go:uintptrescapes // ERROR "misplaced compiler directive"
type T int

func main() {
}
