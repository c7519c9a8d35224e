package main

import (
	"fmt"

	"example.com/badref/lib"
)

func main() {
	var c lib.Counter
	c.Inc()
	fmt.Println(c.n, lib.secret, lib.Counter{}.N)
	lib.helper()
	_ = lib.Counter{n: 1}
	_ = lib.Counter{1, 2}
}
