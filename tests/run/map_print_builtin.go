package main

func main() {
	var m map[string]int
	println(m == nil)
	m = map[string]int{"a": 1}
	println(m != nil, len(m))
	print(len(m), "\n")
}
