package main

import (
	"fmt"

	"example.com/dotpath/a"
	ab "example.com/dotpath/a.b"
)

func main() { fmt.Println(a.Call(), ab.F()) }
