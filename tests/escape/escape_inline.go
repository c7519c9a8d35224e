// errorcheck -0 -m

// gc's inliner (no -l): small functions are inlined before escape analysis,
// so their allocations are decided in the caller. The constructor NewUser
// returns &User{...}: alone it escapes, inlined into a caller that keeps the
// pointer local it stays on the stack. Also: mid-stack inlining (wrap calls
// NewUser), methods (through an embedded field), a func literal returned by
// an inlined function (counter), and the reasons gc refuses (noinline,
// recursion, too complex).
package main

type User struct {
	Name string
	Age  int
}

var sink *User

func NewUser(n string) *User { // ERROR "can inline NewUser$" "leaking param: n$"
	return &User{Name: n} // ERROR "&User\{\.\.\.\} escapes to heap$"
}

func wrap(n string) *User { // ERROR "can inline wrap$" "leaking param: n$"
	return NewUser(n) // ERROR "inlining call to NewUser$" "&User\{\.\.\.\} escapes to heap$"
}

func (u *User) Older(by int) int { // ERROR "can inline \(\*User\)\.Older$" "u does not escape$"
	return u.Age + by
}

type Admin struct {
	User
	Level int
}

func counter() func() int { // ERROR "can inline counter$"
	n := 0 // ERROR "moved to heap: n$"
	return func() int { // ERROR "can inline counter\.func1$" "can inline closures\.func1$" "func literal escapes to heap$"
		n++
		return n
	}
}

//go:noinline
func keep(u *User) { // ERROR "leaking param: u$"
	sink = u
}

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func big(a, b int) int {
	s := 0
	for i := 0; i < a; i++ {
		s += fact(i) + fact(b) + fact(a)
	}
	return s
}

func local() int { // ERROR "can inline local$"
	u := NewUser("ann") // ERROR "inlining call to NewUser$" "&User\{\.\.\.\} does not escape$"
	return len(u.Name)
}

func escaping() { // ERROR "can inline escaping$"
	keep(wrap("bob")) // ERROR "inlining call to wrap$" "inlining call to NewUser$" "&User\{\.\.\.\} escapes to heap$"
}

func methods() int { // ERROR "can inline methods$"
	a := &Admin{Level: 2} // ERROR "&Admin\{\.\.\.\} does not escape$"
	return a.Older(3) // ERROR "inlining call to \(\*User\)\.Older$"
}

func closures() int {
	c := counter() // ERROR "inlining call to counter$" "func literal does not escape$"
	c() // ERROR "inlining call to closures\.func1$"
	return c() // ERROR "inlining call to closures\.func1$"
}

func main() {
	println(local(), methods(), closures(), big(3, 4)) // ERROR "inlining call to local$" "inlining call to NewUser$" "inlining call to methods$" "inlining call to \(\*User\)\.Older$" "&User\{\.\.\.\} does not escape$" "&Admin\{\.\.\.\} does not escape$"
	escaping() // ERROR "inlining call to escaping$" "inlining call to wrap$" "inlining call to NewUser$" "&User\{\.\.\.\} escapes to heap$"
}
