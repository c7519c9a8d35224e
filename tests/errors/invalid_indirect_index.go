package main

func main() {
	x := 1
	_ = *x // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
	var a [3]int
	_ = a[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = a[-1] // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	s := []int{1}
	_ = s[-1] // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = x[0] // ERROR "invalid operation: cannot index x \(variable of type int\)"
	const str = "abc"
	_ = str[10] // ERROR "invalid argument: index 10 out of bounds \[0:3\]"
	_ = a[1.5] // ERROR "1.5 \(untyped float constant\) truncated to int"
	_ = s["a"] // ERROR "cannot convert \"a\" \(untyped string constant\) to int"
}
