package main

import "fmt"

type S struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{10: "ten", -5: "m5", 0: "zero", 3: "three"})
	fmt.Println(map[string]int{"zeta": 1, "Alpha": 2, "alpha": 3, "": 4, "beta": 5})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, 0: 3, 100: 4})
	fmt.Println(map[bool]string{true: "t", false: "f"})
	fmt.Println(map[S]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]int{{2, 1}: 1, {1, 9}: 2, {1, 2}: 3})
	fmt.Println(map[uint64]bool{1 << 63: true, 1: false, 1 << 32: true})
	fmt.Println(map[rune]int{'z': 1, 'a': 2, 'é': 3})
}
