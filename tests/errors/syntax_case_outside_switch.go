package main

func main() {
	x := 1
	case x: // ERROR "syntax error: unexpected case, expecting \}"
	default:
}
