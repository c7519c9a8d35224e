package main

import "fmt"

func safeDiv(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint("recovered: ", r)
		}
	}()
	q = a / b
	return q, ""
}

func index(xs []int, i int) (v int) {
	defer func() {
		r := recover()
		fmt.Println("recover:", r)
		v = -1
	}()
	return xs[i]
}

func nilDeref() {
	defer func() {
		fmt.Println("nil deref:", recover())
	}()
	var p *int
	fmt.Println(*p)
}

func custom() {
	defer func() {
		r := recover()
		fmt.Println("custom:", r)
	}()
	panic("boom")
}

func notPanicking() {
	fmt.Println("no panic:", recover())
}

func nested() {
	defer fmt.Println("outer defer runs")
	defer func() {
		fmt.Println("recovered", recover())
	}()
	func() {
		defer fmt.Println("inner defer runs")
		panic(42)
	}()
	fmt.Println("not reached")
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(index([]int{1, 2, 3}, 1))
	fmt.Println(index([]int{1, 2, 3}, 5))
	nilDeref()
	custom()
	notPanicking()
	nested()
	fmt.Println("end")
}
