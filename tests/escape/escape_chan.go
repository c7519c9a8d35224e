// errorcheck -0 -m -l

package escape

type T struct{ a, b int }

func sendPtr(ch chan *T) { // ERROR "ch does not escape$"
	t := &T{1, 2} // ERROR "&T\{\.\.\.\} escapes to heap$"
	ch <- t
}

func recvPtr(ch chan *T) *T { // ERROR "ch does not escape$"
	return <-ch
}

func sendLocal(ch chan *int) { // ERROR "ch does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	ch <- &x
}

func sendValue(ch chan T) { // ERROR "ch does not escape$"
	t := T{1, 2}
	ch <- t
}

func makeChans() int {
	a := make(chan int)
	b := make(chan *T, 10)
	close(a)
	return len(b) + cap(b)
}

func selectSend(ch chan *T, quit chan bool) { // ERROR "ch does not escape$" "quit does not escape$"
	t := &T{} // ERROR "&T\{\} escapes to heap$"
	select {
	case ch <- t:
	case <-quit:
	}
}

func selectRecv(ch chan *T) *T { // ERROR "ch does not escape$"
	select {
	case v := <-ch:
		return v
	default:
		return nil
	}
}

func rangeChan(ch chan []int) int { // ERROR "ch does not escape$"
	n := 0
	for s := range ch {
		n += len(s)
	}
	return n
}

func sendSlice(ch chan []int) { // ERROR "ch does not escape$"
	s := make([]int, 10) // ERROR "make\(\[\]int, 10\) escapes to heap$"
	ch <- s
}
