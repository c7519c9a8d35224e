package main

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

func main() {
	u := GetUser()
	println(u.Name)
	v := Foo()
	println(v.Name)
}
