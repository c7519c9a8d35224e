package main

func main() {
	m := map[string]int{"a": 1}
	m["b"] = 2
	delete(m, "a")
	for k, v := range m {
		println(k, v)
	}
	s := "héllo"
	for i, r := range s {
		println(i, r)
	}
	b := []byte(s)
	println(string(b) + "!", len([]rune(s)))
}
