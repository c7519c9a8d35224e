// Lab 11: measure what an escape costs. The code under test; do not change it.
package user

type User struct {
	Name string
	Age  int
	Tags [4]string
}

//go:noinline
func NewUserPtr(name string, age int) *User {
	return &User{Name: name, Age: age}
}

//go:noinline
func NewUserVal(name string, age int) User {
	return User{Name: name, Age: age}
}

// Older returns u with Age one higher, through a local pointer.
func Older(u User) User {
	p := &u
	p.Age++
	return *p
}
