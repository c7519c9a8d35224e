package main

func main() {
	s := make([]int, 0, 10)
	for i := 0; i < 100; i++ {
		s = append(s, i)
	}
	n := 10
	t := make([]byte, n)
	_ = t
	println(len(s), cap(s))
}
