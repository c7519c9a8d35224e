package main

import "fmt"

func add(a, b int) int { return a + b }
func mul(a, b int) int { return a * b }

func apply(f func(int, int) int, a, b int) int { return f(a, b) }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

type op struct {
	name string
	f    func(int, int) int
}

var table = []op{{"add", add}, {"mul", mul}}

func pick(name string) func(int, int) int {
	for _, o := range table {
		if o.name == name {
			return o.f
		}
	}
	return nil
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func main() {
	fmt.Println(apply(add, 3, 4), apply(mul, 3, 4))
	var f func(int, int) int
	fmt.Println(f == nil)
	f = add
	fmt.Println(f != nil, f(10, 20))
	s := sum
	xs := []int{1, 2, 3, 4}
	fmt.Println(s(xs...), s(), s(5, 6))
	fmt.Println(pick("mul")(6, 7), pick("none") == nil)
	dm := divmod
	q, r := dm(17, 5)
	fmt.Println(q, r)
	fmt.Println(func(a int) int { return a * a }(9))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var g func()
	g()
}
