package main

import "fmt"

type Msg string

func main() {
	fmt.Println("panicking with a named string")
	panic(Msg("bad state"))
}
