package main

import (
	"errors"
	"fmt"
	"time"
)

type point struct {
	X, Y int
}

type named string

func main() {
	p := point{1, 2}
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	fmt.Printf("%v %+v %T\n", &p, &p, &p)
	fmt.Printf("%U %#U %c\n", 'G', '世', 0x4E16)
	fmt.Printf("%b %o %O %#o %x %#X\n", 10, 64, 64, 64, 255, 255)
	fmt.Printf("%e %E %g %G %.3e\n", 123456.789, 0.000123, 1e21, 1e-7, 1.0)
	fmt.Printf("%8.3f|%-8.2f|%+d|% d|%05d\n", 3.14159, 2.5, 7, 7, 42)
	fmt.Printf("%q %#q %x % x\n", "hi\n", "raw", "hi", "hi")
	fmt.Printf("%t %v\n", true, nil)
	fmt.Printf("%v %d\n", []int{1, 2}, []int{3, 4})
	fmt.Printf("%v %s\n", named("n"), errors.New("e"))
	fmt.Printf("%v %d\n", 1500*time.Millisecond, 2*time.Second)
	fmt.Printf("%6.2v|%-6v|%6v\n", 3.14159, "ab", true)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	badVerb, wrongType, missing, extra := "%!\n", "%d %s\n", "%d\n", "%d %d\n"
	fmt.Printf(badVerb)
	fmt.Printf(wrongType, "str", 5)
	fmt.Printf(missing)
	fmt.Printf(extra, 1, 2, 3)
	s := fmt.Sprint("a", 1, 2, "b", 3.5, nil)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintln("x", 1) == "x 1\n")
	e := fmt.Errorf("value %v: %w", 3, errors.New("inner"))
	fmt.Printf("%v|%s|%q\n", e, e, e)
}
