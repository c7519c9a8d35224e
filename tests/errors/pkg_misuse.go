package main

import (
	"strings"
	"time"
)

func main() {
	var sb strings.Builder
	sb.WriteString(5) // ERROR "cannot use 5 \(untyped int constant\) as string value in argument to sb.WriteString"
	_ = strings.Foo("x") // ERROR "undefined: strings.Foo"
	var d time.Duration = "x" // ERROR "cannot use .x. \(untyped string constant\) as time.Duration value in variable declaration"
	_ = d
	_ = strings.Split("a") // ERROR "not enough arguments in call to strings.Split"
}
