package main

// go/defer with slice literal arguments: the elements are evaluated at the
// go/defer statement, the slice is built when the call runs.

func sum(ps ...*int) {
	t := 0
	for _, p := range ps {
		if p != nil {
			t += *p
		}
	}
	println("sum", len(ps), t)
}

func show(xs []int) { println("show", len(xs), xs[0], xs[len(xs)-1]) }

func main() {
	done := make(chan bool)
	a, b := 1, 2
	func() {
		for i := 0; i < 3; i++ {
			x := i * 10
			defer sum([]*int{&a, &x, nil}...)
			defer show([]int{i, x, 2: a + b})
		}
		a = 100
	}()
	go func() {
		sum([]*int{&a, &b}...)
		done <- true
	}()
	<-done
}
