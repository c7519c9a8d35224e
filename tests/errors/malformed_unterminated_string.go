package main

func main() {
	s := "never closed // ERROR "newline in string" "syntax error: unexpected newline at end of statement"
	_ = s
}
