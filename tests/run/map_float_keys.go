package main

import "fmt"

func main() {
	m := map[float64]string{}
	zero := 0.0
	negzero := -zero
	m[zero] = "zero"
	m[negzero] = "negzero"
	fmt.Println(len(m), m[0], m)
	nan := zero / zero
	m[nan] = "nan1"
	m[nan] = "nan2"
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println(ok)
	delete(m, nan)
	fmt.Println(len(m))
	m[1.5] = "x"
	m[-2.25] = "y"
	fmt.Println(m[1.5], m[-2.25], m[3])
	f := map[float32]int{1.25: 1, -0.5: 2, 100: 3}
	fmt.Println(f)
}
