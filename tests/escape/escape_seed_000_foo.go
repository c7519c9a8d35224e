// errorcheck -0 -m -l

// Seed 000/001 案例1-3: getFooValue copies a ~0.3 KB struct out (stack);
// getFooPointer returns &result (moved to heap); main's p := &foo{} passed to
// a callee that does not keep it stays on the stack.

package main

type foo struct {
	buf [40]int64 // about 0.3 KB, as in the article
	n   int
}

func getFooValue() foo {
	var result foo
	// Do something
	return result
}

func getFooPointer() *foo {
	var result foo // ERROR "moved to heap: result$"
	// Do something
	return &result
}

func f(p *foo) { // ERROR "p does not escape$"
	p.n++
}

func main() {
	p := &foo{} // ERROR "&foo\{\} does not escape$"
	f(p)
	v := getFooValue()
	q := getFooPointer()
	println(v.n, q.n)
}
