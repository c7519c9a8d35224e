package main

import "fmt"

type Msg struct {
	ID   int
	Text string
	Tags []string
}

func main() {
	c := make(chan Msg)
	done := make(chan struct{})
	go func() {
		for m := range c {
			fmt.Println(m.ID, m.Text, m.Tags)
		}
		done <- struct{}{}
	}()
	for i := 0; i < 3; i++ {
		c <- Msg{i, fmt.Sprint("msg", i), []string{"a", fmt.Sprint(i)}}
	}
	close(c)
	<-done
	ch := make(chan interface{}, 3)
	ch <- 1
	ch <- "two"
	ch <- 3.5
	close(ch)
	for v := range ch {
		fmt.Printf("%T %v\n", v, v)
	}
}
