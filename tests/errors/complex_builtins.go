package main

// complex, real and imag: argument types as types2 checks them.
func main() {
	var x float64
	var y float32
	c := 1 + 2i
	_ = complex(float32(1), x) // ERROR "invalid operation: complex\(float32\(1\), x\) \(mismatched types float32 and float64\)"
	_ = complex(1, int(2)) // ERROR "invalid argument: arguments have type int, expected floating-point"
	_ = complex(1i, 2) // ERROR "invalid operation: complex\(1i, 2\) \(mismatched types untyped complex and untyped float\)"
	_ = complex(y, 2) + c // ERROR "invalid operation: complex\(y, 2\) \+ c \(mismatched types complex64 and complex128\)"
	_ = real(x) // ERROR "invalid argument: argument has type float64, expected complex type"
	_ = imag("a") // ERROR "invalid argument: argument has type untyped string, expected complex type"
	_ = real(c, c) // ERROR "invalid operation: too many arguments for real\(c, c\) \(expected 1, found 2\)"
	_ = complex(1) // ERROR "invalid operation: not enough arguments for complex\(1\) \(expected 2, found 1\)"
	_ = float64(c) // ERROR "cannot convert c \(variable of type complex128\) to type float64"
	_ = int(c) // ERROR "cannot convert c \(variable of type complex128\) to type int" "too many errors"
}
