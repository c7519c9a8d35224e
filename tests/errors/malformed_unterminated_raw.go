package main

func main() {
	s := `raw string that never ends // ERROR "string not terminated"
	_ = s
}
