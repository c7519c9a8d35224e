package main

import (
	"fmt"

	"example.com/missing/util"
)

func main() { fmt.Println(util.X) }
