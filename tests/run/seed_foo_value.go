package main

import "fmt"

// foo occupies about 0.3KB, as in the article.
type foo struct {
	id   int
	name string
	vals [36]int
}

func getFooValue() foo {
	var result foo
	// Do something
	result.id = 1
	result.vals[35] = 35
	return result
}

func getFooPointer() *foo {
	var result foo
	// Do something
	result.id = 2
	return &result
}

func f(p *foo) {
	p.name = "set by f"
}

func main() {
	p := &foo{}
	f(p)
	fmt.Println(p.name, p.id)
	v := getFooValue()
	fmt.Println(v.id, v.vals[35], len(v.vals))
	ptr := getFooPointer()
	fmt.Println(ptr.id, ptr.name == "")
	v2 := *ptr
	v2.id = 99
	fmt.Println(ptr.id, v2.id)
	fmt.Printf("%+v\n", foo{id: 3, name: "x"}.name)
}
