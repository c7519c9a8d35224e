package main

import (
	"fmt"
	"strconv"
)

func kind(err error) string {
	switch e := err.(type) {
	case nil:
		return "nil"
	case *strconv.NumError:
		return "NumError(" + e.Func + ")"
	default:
		return "other: " + e.Error()
	}
}

func main() {
	_, err := strconv.ParseFloat("x", 64)
	fmt.Println(kind(err))
	_, err = strconv.ParseBool("maybe")
	fmt.Println(kind(err))
	fmt.Println(kind(nil), kind(fmt.Errorf("plain")))
}
