package main

import (
	"fmt"
	"math/rand"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "recovered:", r)
		}
	}()
	f()
}

func main() {
	try("repeat", func() { _ = strings.Repeat("x", -1) })
	try("grow", func() {
		var b strings.Builder
		b.Grow(-1)
	})
	try("ok", func() { fmt.Println(strings.Repeat("ab", 2)) })
	fmt.Println(rand.Intn(1) == 0)
}
