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
}
