package main

func main() {
	a := 1
	var b int64 = 2
	s := "x"
	_ = a + b // ERROR "invalid operation: a \+ b \(mismatched types int and int64\)"
	_ = a == s // ERROR "invalid operation: a == s \(mismatched types int and string\)"
	_ = 1 + "a" // ERROR "invalid operation: 1 \+ \"a\" \(mismatched types untyped int and untyped string\)"
	_ = s + a // ERROR "invalid operation: s \+ a \(mismatched types string and int\)"
	_ = a && true // ERROR "invalid operation: a && true \(mismatched types int and untyped bool\)"
	var f float32 = 1
	_ = f * 1.5 * b // ERROR "invalid operation: f \* 1.5 \* b \(mismatched types float32 and int64\)"
}
