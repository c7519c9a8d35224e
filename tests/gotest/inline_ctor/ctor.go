// Package ctor: the constructor of the inliner's issue. NewUser is inlined
// into a caller that keeps the pointer local, so &User{...} is on the
// caller's stack: no allocation. The same body behind //go:noinline
// allocates once per call.
package ctor

type User struct {
	Name string
	Age  int
}

func NewUser(n string) *User {
	return &User{Name: n}
}

//go:noinline
func NewUserNoInline(n string) *User {
	return &User{Name: n}
}
