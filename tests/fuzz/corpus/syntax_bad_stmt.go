package main

x := 1

func main() {
	var = 3
	for i := 0; i < ; i++ {}
	a[ = 1
}
