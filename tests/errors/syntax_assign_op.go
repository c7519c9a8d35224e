package main

func main() {
	x := 1
	x =+ 2
	x ++= 1 // ERROR "syntax error: unexpected = at end of statement"
	x = = 3 // ERROR "syntax error: unexpected =, expecting expression"
}
