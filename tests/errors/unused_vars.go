package main

func main() {
	x := 1 // ERROR "x declared but not used"
	var y int // ERROR "y declared but not used"
	a, b := 1, 2 // ERROR "b declared but not used"
	_ = a
	for i := 0; i < 3; i++ {
		v := i // ERROR "v declared but not used"
	}
	z := 0 // ERROR "z declared but not used"
	z = 5
}
