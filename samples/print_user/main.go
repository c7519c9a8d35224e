package main

import "fmt"

type User struct {
	Name string
	Age  int
}

func main() {
	user := User{Name: "Alice", Age: 30}
	fmt.Println(user) // 可能装箱并逃逸
}
