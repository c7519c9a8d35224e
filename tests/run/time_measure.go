package main

import (
	"fmt"
	"time"
)

func work(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}

func main() {
	start := time.Now()
	r := work(1000000)
	elapsed := time.Since(start)
	fmt.Println(r, elapsed >= 0, elapsed < time.Minute)
	t0 := time.Now()
	time.Sleep(20 * time.Millisecond)
	t1 := time.Now()
	d := t1.Sub(t0)
	fmt.Println(d >= 20*time.Millisecond, d < 10*time.Second, t1.After(t0), t0.Before(t1), t0.Equal(t0))
	later := t0.Add(time.Hour)
	fmt.Println(later.Sub(t0), later.After(t1))
	var zero time.Time
	fmt.Println(zero.IsZero(), t0.IsZero(), t0.UnixNano() > 0)
}
