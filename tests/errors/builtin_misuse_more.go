package main

func main() {
	s := []int{}
	_ = new(1) // ERROR "1 is not a type"
	append(s, 1) // ERROR "append\(s, 1\) \(value of type \[\]int\) is not used"
	len(s) // ERROR "len\(s\) \(value of type int\) is not used"
}
