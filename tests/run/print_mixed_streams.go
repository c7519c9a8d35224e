package main

import "fmt"

func main() {
	fmt.Println("stdout 1")
	println("stderr 1")
	fmt.Print("stdout 2\n")
	print("stderr 2\n")
	fmt.Printf("stdout %d\n", 3)
	println("stderr", 3, 3.0)
	for i := 0; i < 3; i++ {
		fmt.Println("out", i)
		println("err", i)
	}
	var e interface{}
	println(e == nil)
	fmt.Println(e)
	s := fmt.Sprint("built ", 42)
	println(s)
	fmt.Println(s)
	println(len(s), s[0])
}
