package main

import "fmt"

func main() {
	arr := [4]string{"a", "b", "c", "d"}
	i := 2
	fmt.Println(arr[i], arr[i+1])
	i -= 5
	fmt.Println("index", i)
	fmt.Println(arr[i])
}
