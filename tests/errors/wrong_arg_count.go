package main

func two(a, b int) int { return a + b }

func none() {}

func main() {
	_ = two(1) // ERROR "not enough arguments in call to two"
	_ = two(1, 2, 3) // ERROR "too many arguments in call to two"
	none(1) // ERROR "too many arguments in call to none"
	_ = two() // ERROR "not enough arguments in call to two"
	_ = len() // ERROR "invalid operation: not enough arguments for len\(\) \(expected 1, found 0\)"
	_ = len("a", "b") // ERROR "invalid operation: too many arguments for len\(\"a\", \"b\"\) \(expected 1, found 2\)"
}
