package benchpair

type User struct {
	Name string
	Age  int
}

//go:noinline
func NewUserPtr(name string) *User { return &User{Name: name, Age: 1} }

//go:noinline
func NewUserVal(name string) User { return User{Name: name, Age: 1} }
