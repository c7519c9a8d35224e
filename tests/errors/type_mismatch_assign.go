package main

func main() {
	var x int = "str" // ERROR "cannot use \"str\" \(untyped string constant\) as int value in variable declaration"
	var s string = 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in variable declaration"
	var f float64 = "1.5" // ERROR "cannot use \"1.5\" \(untyped string constant\) as float64 value in variable declaration"
	x = 1.5 // ERROR "cannot use 1.5 \(untyped float constant\) as int value in assignment \(truncated\)"
	s = 'c' // ERROR "cannot use 'c' \(untyped rune constant 99\) as string value in assignment"
	var b bool = 1 // ERROR "cannot use 1 \(untyped int constant\) as bool value in variable declaration"
	var i8 int8 = x // ERROR "cannot use x \(variable of type int\) as type int8 in variable declaration"
	_, _, _, _, _ = x, s, f, b, i8
}
