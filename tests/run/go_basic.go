package main

import "fmt"

func worker(id int, done chan bool) {
	fmt.Println("worker", id)
	done <- true
}

func main() {
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go worker(i, done)
		<-done
	}
	fmt.Println("all done")
}
