// Lab 01: predict what escape analysis decides for every allocation site
// below, then check with the grader. Write each prediction as gc's own
// tests do: at the end of the line the compiler reports, a comment made of
// the word ERROR and, in double quotes, a regular expression for each
// diagnostic on that line (README.md shows one). Lines with nothing to
// report take no comment.
package predict

type User struct {
	Name string
	Age  int
}

func GetUser(name string) *User { // ERROR "leaking param: name$"
	u := User{Name: name} // ERROR "moved to heap: u$"
	return &u
}

func Foo() User {
	u := User{Name: "Alice"}
	return u
}

func getMsg() interface{} {
	return 1000 // ERROR "1000 escapes to heap$"
}

func sum(xs []int) int { // ERROR "xs does not escape$"
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}

func generate(n int) []int {
	return make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
}

var global *int

func sink(p *int) { // ERROR "leaking param: p$"
	global = p
}

func local() int {
	x := 42
	p := &x
	return *p
}

func Counter() func() int {
	n := 0 // ERROR "moved to heap: n$"
	return func() int { // ERROR "func literal escapes to heap$"
		n++
		return n
	}
}
