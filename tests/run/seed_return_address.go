package main

import "fmt"

// 声明空结构体测试结构体逃逸情况
type Data struct {
}

// 将 dummy() 函数的返回值修改为 *Data 指针类型。
func dummy() *Data {
	// 实例化c为Data类型
	var c Data

	//返回函数局部变量地址
	return &c
}

type User struct {
	Name string
}

func GetUser() *User {
	u := User{Name: "Alice"}
	return &u // u 逃逸到堆上
}

func Foo() User {
	u := User{Name: "Alice"}
	return u
}

func foo() *int {
	x := 10
	return &x // x 必须活到函数外 -> 逃逸到堆
}

func f() *int {
	x := 1
	return &x // &x 必须逃逸（函数返回后仍需存活）
}

func main() {
	fmt.Println(dummy())
	u := GetUser()
	println(u.Name)
	fmt.Println(u.Name, *u)
	v := Foo()
	fmt.Println(v.Name, v == *u)
	u.Name = "Bob"
	fmt.Println(v.Name, u.Name, GetUser().Name)
	p1, p2 := foo(), foo()
	*p1 = 11
	fmt.Println(*p1, *p2, p1 != p2, *f())
}
