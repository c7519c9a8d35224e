package main

func main() {
	x := 1
	switch x {
	case 1:
	case 2, 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	case "s": // ERROR "cannot convert \"s\" \(untyped string constant\) to int"
	}
	switch {
	case 1: // ERROR "cannot convert 1 \(untyped int constant\) to bool"
	}
	switch x {
	default:
	default: // ERROR "multiple defaults \(first at .*switch_errors.go:14:2\)"
	}
	switch x {
	case 1:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	if x > 0 {
		fallthrough // ERROR "fallthrough statement out of place"
	}
}
