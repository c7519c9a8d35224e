// The same overflow inside a goroutine, through a method and a pair of
// mutually recursive functions.
package main

import "fmt"

type walker struct{ depth int }

func (w *walker) down() int { w.depth++; return w.down() + 1 }

func even(n int) bool {
	if n < 0 {
		return true
	}
	return odd(n + 1)
}

func odd(n int) bool { return even(n + 1) }

func main() {
	done := make(chan bool)
	go func() {
		if even(0) {
			w := &walker{}
			fmt.Println(w.down())
		}
		done <- true
	}()
	<-done
}
