// errorcheck -0 -m -l

// fmt: the variadic ...interface{} slice itself does not escape, but every
// argument is boxed and escapes (fmt's parameters leak).

package main

import "fmt"

type User struct {
	Name string
	Age  int
}

func printInts() {
	a, b := 1, 2
	fmt.Println(a, b) // ERROR "\.\.\. argument does not escape$" "a escapes to heap$" "b escapes to heap$"
}

func printConst() {
	fmt.Println("hello", 42) // ERROR "\.\.\. argument does not escape$" ".hello. escapes to heap$" "42 escapes to heap$"
}

func printNoArgs() {
	fmt.Println()
}

func printPtr() {
	u := &User{Name: "bob"} // ERROR "&User\{\.\.\.\} escapes to heap$"
	fmt.Println(u) // ERROR "\.\.\. argument does not escape$"
}

func printStruct() {
	u := User{Name: "amy", Age: 3}
	fmt.Println(u) // ERROR "\.\.\. argument does not escape$" "u escapes to heap$"
}

func printAddr() {
	x := 7 // ERROR "moved to heap: x$"
	fmt.Println(&x) // ERROR "\.\.\. argument does not escape$"
}

func printf(n int, s string) { // ERROR "leaking param: s$"
	fmt.Printf("%d %s\n", n, s) // ERROR "\.\.\. argument does not escape$" "n escapes to heap$" "s escapes to heap$"
}

func sprintf(n int) string {
	return fmt.Sprintf("n=%d", n) // ERROR "\.\.\. argument does not escape$" "n escapes to heap$"
}

func sprint(f float64) string {
	s := fmt.Sprint(f) // ERROR "\.\.\. argument does not escape$" "f escapes to heap$"
	return s
}

func printIface(e interface{}) { // ERROR "leaking param: e$"
	fmt.Println(e) // ERROR "\.\.\. argument does not escape$"
}

func printSlice(s []int) { // ERROR "leaking param: s$"
	fmt.Println(s, len(s)) // ERROR "\.\.\. argument does not escape$" "s escapes to heap$" "len\(s\) escapes to heap$"
}

func printCall() {
	fmt.Println(sprintf(3)) // ERROR "\.\.\. argument does not escape$" "sprintf\(3\) escapes to heap$"
}

func printfNoArgs() {
	fmt.Printf("plain\n")
}

func main() {
	printInts()
	printConst()
	printNoArgs()
	printPtr()
	printStruct()
	printAddr()
	printf(1, "a")
	fmt.Println(sprint(1.5)) // ERROR "\.\.\. argument does not escape$" "sprint\(1\.5\) escapes to heap$"
	printIface(nil)
	printSlice(nil)
	printCall()
	printfNoArgs()
}
