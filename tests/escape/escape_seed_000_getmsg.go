// errorcheck -0 -m -l

// Seed 000/001 "interface{} 动态类型逃逸": returning 'a' as interface{}
// boxes it: "'a' escapes to heap" at the return. The "optimised" version
// returns a concrete struct type and prints nothing.

package main

type msg struct{}

func getMsg() interface{} {
	return 'a' // ERROR "'a' escapes to heap$"
}

func getMsg2() msg {
	return msg{}
}

func main() {
	m := getMsg()
	println(m)
	m2 := getMsg2()
	_ = m2
}
