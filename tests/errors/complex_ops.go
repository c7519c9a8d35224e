package main

// Operators complex numbers do not have, and constant division by zero.
func main() {
	c := 1 + 2i
	const k = 1 + 1i
	_ = c < c // ERROR "invalid operation: c < c \(operator < not defined on complex128\)"
	_ = 1i >= 2i // ERROR "invalid operation: 1i >= 2i \(operator >= not defined on untyped complex\)"
	_ = c % c // ERROR "invalid operation: operator % not defined on c \(variable of type complex128\)"
	_ = k & k // ERROR "invalid operation: operator & not defined on k \(untyped complex constant \(1 \+ 1i\)\)"
	_ = ^k // ERROR "invalid operation: operator \^ not defined on k \(untyped complex constant \(1 \+ 1i\)\)"
	_ = 1 << 1i // ERROR "1i \(untyped complex constant \(0 \+ 1i\)\) truncated to uint"
	_ = 1i << 1 // ERROR "invalid operation: shifted operand 1i \(untyped complex constant \(0 \+ 1i\)\) must be integer"
	_ = (1 + 2i) / 0i // ERROR "invalid operation: division by zero"
	_ = c / 0
	_ = k / (0 + 0i) // ERROR "invalid operation: division by zero"
}
