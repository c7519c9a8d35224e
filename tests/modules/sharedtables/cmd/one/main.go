package main

import (
	"fmt"

	"example.com/sharedtables/a"
	"example.com/sharedtables/b"
)

func main() { fmt.Println(a.A(), b.B()) }
