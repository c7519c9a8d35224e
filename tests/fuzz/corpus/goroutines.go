package main

func main() {
	ch := make(chan int, 1)
	done := make(chan bool)
	go func() {
		ch <- 1
		done <- true
	}()
	select {
	case v := <-ch:
		println(v)
	}
	<-done
	defer println("bye")
}
