package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func minmax(xs []int) (min, max int, ok bool) {
	if len(xs) == 0 {
		return
	}
	min, max = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	ok = true
	return
}

func override() (x int) {
	x = 5
	return x * 2
}

func shadowed() (n int) {
	n = 1
	{
		n := 100
		_ = n
	}
	return
}

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func three() (int, string, bool) {
	return 1, "two", true
}

func pass() (int, string, bool) {
	return three()
}

func sum(xs ...int) (total int) {
	for _, x := range xs {
		total += x
	}
	return
}

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func noResult(p *int) {
	if *p > 10 {
		return
	}
	*p *= 2
}

func main() {
	fmt.Println(divmod(17, 5))
	q, r := divmod(-17, 5)
	fmt.Println(q, r)
	fmt.Println(minmax([]int{3, -1, 8, 2}))
	fmt.Println(minmax(nil))
	fmt.Println(override(), shadowed())
	fmt.Println(split(17))
	a, b, c := pass()
	fmt.Println(a, b, c)
	fmt.Println(pass())
	fmt.Println(sum(), sum(1), sum(1, 2, 3), sum([]int{4, 5}...))
	fmt.Println(fact(10), fact(20))
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	fmt.Println(ackermann(2, 3))
	v := 3
	noResult(&v)
	noResult(&v)
	noResult(&v)
	noResult(&v)
	fmt.Println(v)
	_, s, _ := three()
	fmt.Println(s)
	fmt.Println(divmod(split(100)))
}
