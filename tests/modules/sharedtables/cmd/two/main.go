package main

import (
	"fmt"

	"example.com/sharedtables/b"
)

func main() { fmt.Println(b.B()) }
