package main

func main() {
	var a int8 = 200 // ERROR "cannot use 200 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	var b uint8 = 256 // ERROR "cannot use 256 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)"
	var c uint = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	var d int = 1 << 64 // ERROR "cannot use 1 << 64 \(untyped int constant 18446744073709551616\) as int value in variable declaration \(overflows\)"
	var e int64 = 9223372036854775808 // ERROR "cannot use 9223372036854775808 \(untyped int constant\) as int64 value in variable declaration \(overflows\)"
	f := uint8(300) // ERROR "cannot convert 300 \(untyped int constant\) to type uint8"
	const big = 1 << 100
	var g = big // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)"
	var h int32 = 'a' * 100000000 // ERROR "cannot use 'a' \* 100000000 \(untyped rune constant 9700000000\) as int32 value in variable declaration \(overflows\)"
	var i float32 = 1e39 // ERROR "cannot use 1e39 \(untyped float constant 1e\+39\) as float32 value in variable declaration \(overflows\)"
	_, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i
}
