package main

// Complex constants that do not fit: a non-zero imaginary part cannot
// become an integer (truncated) or a float (overflows), nor can parts too
// large for the type's floats.
func main() {
	var i int = 1 + 2i // ERROR "cannot use 1 \+ 2i \(untyped complex constant \(1 \+ 2i\)\) as int value in variable declaration \(truncated\)"
	var f float64 = 1 + 2i // ERROR "cannot use 1 \+ 2i \(untyped complex constant \(1 \+ 2i\)\) as float64 value in variable declaration \(overflows\)"
	var f32 float32 = 1e40 + 0i // ERROR "cannot use 1e40 \+ 0i \(untyped complex constant \(1e\+40 \+ 0i\)\) as float32 value in variable declaration \(overflows\)"
	var c64 complex64 = 1e40i // ERROR "cannot use 1e40i \(untyped complex constant \(0 \+ 1e\+40i\)\) as complex64 value in variable declaration \(overflows\)"
	var ok int = 3 + 0i
	_ = int(1 + 2i) // ERROR "cannot convert 1 \+ 2i \(untyped complex constant \(1 \+ 2i\)\) to type int"
	_ = float32(1 + 1i) // ERROR "cannot convert 1 \+ 1i \(untyped complex constant \(1 \+ 1i\)\) to type float32"
	_ = complex64(1e300) // ERROR "cannot convert 1e300 \(untyped float constant 1e\+300\) to type complex64"
	const k complex128 = 1e400 // ERROR "cannot use 1e400 \(untyped float constant 1e\+400\) as complex128 value in constant declaration \(overflows\)"
	_ = 1e1000000000i // ERROR "malformed constant: 1e1000000000i"
	_, _, _, _, _ = i, f, f32, c64, ok
}
