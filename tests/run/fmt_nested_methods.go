package main

import (
	"errors"
	"fmt"
	"time"
)

type job struct {
	Name    string
	Timeout time.Duration
	Err     error
}

type level int

func (l level) String() string { return [...]string{"low", "mid", "high"}[l] }

type cfg struct {
	L     level
	Items []level
}

func main() {
	j := job{"build", 90 * time.Second, errors.New("failed")}
	fmt.Println(j)
	fmt.Printf("%v\n%+v\n", j, j)
	fmt.Println([]time.Duration{time.Second, 2 * time.Millisecond})
	fmt.Println(map[string]time.Duration{"a": time.Minute})
	c := cfg{2, []level{0, 1}}
	fmt.Println(c, &c)
	fmt.Printf("%#v\n", []string{"a", "b"})
	fmt.Printf("%#v %#v\n", map[string]int{"z": 1, "a": 2}, &j.Timeout == nil)
	fmt.Printf("%x %X %08.3f %+q %c\n", 3.5, "hi", 3.14159, "é", 'x')
}
