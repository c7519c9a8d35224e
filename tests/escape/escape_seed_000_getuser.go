// errorcheck -0 -m -l

// Seed 000/001 "指针逃逸": GetUser returns &u, so u is moved to heap; the
// suggested Foo returns the value and nothing escapes.

package main

type User struct {
	Name string
}

func GetUser() *User {
	u := User{Name: "Alice"} // ERROR "moved to heap: u$"
	return &u // u 逃逸到堆上
}

// 建议调整为
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
