package main

func main() {
	x := 1 /* comment that never ends // ERROR "x declared but not used" "comment not terminated"
	_ = x
}
