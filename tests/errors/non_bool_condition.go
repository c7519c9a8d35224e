package main

func main() {
	x := 1
	if x { // ERROR "non-boolean condition in if statement"
	}
	for x { // ERROR "non-boolean condition in for statement"
	}
	s := "s"
	if s { // ERROR "non-boolean condition in if statement"
	}
	for i := 0; i; i++ { // ERROR "non-boolean condition in for statement"
	}
	_ = !x // ERROR "invalid operation: operator ! not defined on x \(variable of type int\)"
	if nil { // ERROR "non-boolean condition in if statement"
	}
}
