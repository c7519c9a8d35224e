package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("4x")
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println("assert:", ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	}
	switch e := err.(type) {
	case *strconv.NumError:
		fmt.Println("switch:", e.Func, e)
	default:
		fmt.Println("other")
	}
	_, err = strconv.ParseInt("1", 99, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("1", 10, 65)
	fmt.Println(err)
	var ne *strconv.NumError
	fmt.Println(errors.As(fmt.Errorf("w: %w", err), &ne), ne.Func)
	fmt.Printf("%T %v\n", err, errors.Unwrap(err))
}
