// Issue 12 (the seeds' "let functions be inlinable"): gc inlines a small
// constructor that returns a pointer, so &User{...} is decided in the
// caller — which keeps the pointer local: it stays on the stack, 0 allocs/op.
// The same constructor marked //go:noinline cannot be inlined, and its
// result leaks to the heap: one allocation per call.
package inline_ctor

type User struct {
	Name string
	Age  int
}

func NewUser(name string, age int) *User {
	return &User{Name: name, Age: age}
}

//go:noinline
func newUserNoInline(name string, age int) *User {
	return &User{Name: name, Age: age}
}
