package main

func main() {
	v1 := 1 // ERROR "v1 declared but not used"
	v2 := 2 // ERROR "v2 declared but not used"
	v3 := 3 // ERROR "v3 declared but not used"
	v4 := 4 // ERROR "v4 declared but not used"
	v5 := 5 // ERROR "v5 declared but not used"
	v6 := 6 // ERROR "v6 declared but not used"
	v7 := 7 // ERROR "v7 declared but not used"
	v8 := 8 // ERROR "v8 declared but not used"
	v9 := 9 // ERROR "v9 declared but not used"
	v10 := 10 // ERROR "v10 declared but not used" "too many errors"
	v11 := 11
	v12 := 12
}
