package main

import "fmt"

func main() {
	m := make(map[int]string, 4)
	for i := 0; i < 5000; i++ {
		m[i] = fmt.Sprint(i)
	}
	fmt.Println(len(m), m[0], m[4999], m[2500])
	for i := 0; i < 5000; i += 3 {
		delete(m, i)
	}
	fmt.Println(len(m))
	for i := 0; i < 5000; i += 3 {
		m[i] = "back"
	}
	fmt.Println(len(m), m[3], m[4])
	sum := 0
	for k := range m {
		sum += k
	}
	fmt.Println(sum)
	big := make(map[string]int, 1000)
	fmt.Println(len(big))
}
