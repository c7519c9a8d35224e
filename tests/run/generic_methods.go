package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

type Name struct{ first, last string }

func (n *Name) String() string { return n.first + " " + n.last }

func Join[T Stringer](xs []T, sep string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += sep
		}
		s += x.String()
	}
	return s
}

func Str[T Stringer](x T) string { return x.String() }

func main() {
	fmt.Println(Join([]ID{1, 2, 3}, ","))
	fmt.Println(Str(ID(7)), Str(&Name{"Ada", "L"}))
	n := Name{"Bo", "K"}
	fmt.Println(Join([]*Name{&n}, ";"))
}
