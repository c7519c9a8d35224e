package main

type P struct{ X int }
type Q struct{ Y int }

func main() {
	_ = int("5") // ERROR "cannot convert \"5\" \(untyped string constant\) to type int"
	s := "s"
	_ = float64(s) // ERROR "cannot convert s \(variable of type string\) to type float64"
	_ = P(Q{}) // ERROR "cannot convert Q\{\} \(value of type Q\) to type P"
	_ = []int("abc") // ERROR "cannot convert \"abc\" \(untyped string constant\) to type \[\]int"
	b := true
	_ = int(b) // ERROR "cannot convert b \(variable of type bool\) to type int"
	_ = string(1.5) // ERROR "cannot convert 1.5 \(untyped float constant\) to type string"
	_ = bool(1) // ERROR "cannot convert 1 \(untyped int constant\) to type bool"
}
