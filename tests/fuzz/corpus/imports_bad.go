package main

import (
	"nosuchpkg"
	fmt "fmt"
	. "strings"
)

func main() { fmt.Println(nosuchpkg.X) }
