package main

type User struct {
	Name string
	Age  int
}

func newUser(n string) *User {
	u := User{Name: n}
	return &u
}

func main() {
	u := newUser("a")
	println(u.Name)
}
