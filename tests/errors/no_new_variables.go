package main

func main() {
	a := 1
	a := 2 // ERROR "no new variables on left side of :="
	b, c := 3, 4
	b, c := 5, 6 // ERROR "no new variables on left side of :="
	_, _ = b, c
	_ := 7 // ERROR "no new variables on left side of :="
	_, _ = a, a
}
