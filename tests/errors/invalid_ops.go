package main

func main() {
	s := "str"
	_ = s + 1 // ERROR "invalid operation: s \+ 1 \(mismatched types string and untyped int\)"
	_ = -s // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = !1 // ERROR "invalid operation: operator ! not defined on 1 \(untyped int constant\)"
	b := true
	_ = b + b // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	_ = s * 2 // ERROR "invalid operation: s \* 2 \(mismatched types string and untyped int\)"
	f := 1.5
	_ = f % 2 // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	_ = 1.5 % 2 // ERROR "invalid operation: operator % not defined on 1.5 \(untyped float constant\)"
	_ = s << 1 // ERROR "invalid operation: shifted operand s \(variable of type string\) must be integer"
	_ = f << 2 // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
}
