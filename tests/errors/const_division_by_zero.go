package main

func main() {
	x := 10
	_ = x / 0 // ERROR "invalid operation: division by zero"
	_ = x % 0 // ERROR "invalid operation: division by zero"
	_ = 1 / 0 // ERROR "invalid operation: division by zero"
	_ = 1.0 / 0 // ERROR "invalid operation: division by zero"
	const z = 0
	_ = x / z // ERROR "invalid operation: division by zero"
	f := 2.5
	_ = f / 0
	x /= 0 // ERROR "invalid operation: division by zero"
}
