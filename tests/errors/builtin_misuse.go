package main

func main() {
	x := 1
	_ = len(x) // ERROR "invalid argument: x \(variable of type int\) for len"
	_ = cap("string") // ERROR "invalid argument: \"string\" \(untyped string constant\) for cap"
	_ = append(x, 1) // ERROR "first argument to append must be a slice; have x \(variable of type int\)"
	s := []int{}
	_ = append(s, "a") // ERROR "cannot use \"a\" \(untyped string constant\) as int value in argument to append"
	copy(s, "abc") // ERROR "invalid argument: arguments to copy s \(variable of type \[\]int\) and \"abc\" \(untyped string constant\) have different element types int and byte"
	_ = make(int) // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = make([]int) // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
}
