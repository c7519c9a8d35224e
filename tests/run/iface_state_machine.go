package main

import "fmt"

type State interface {
	Next(c byte) State
	Name() string
}

type Start struct{}
type InNum struct{ n int }
type Done struct{ total int }

func (Start) Next(c byte) State {
	if c >= '0' && c <= '9' {
		return &InNum{int(c - '0')}
	}
	return Start{}
}
func (Start) Name() string { return "start" }

func (s *InNum) Next(c byte) State {
	if c >= '0' && c <= '9' {
		s.n = s.n*10 + int(c-'0')
		return s
	}
	return Done{s.n}
}
func (s *InNum) Name() string { return fmt.Sprint("num ", s.n) }

func (d Done) Next(c byte) State { return d }
func (d Done) Name() string       { return fmt.Sprint("done ", d.total) }

func main() {
	var s State = Start{}
	for _, c := range []byte("ab123;x") {
		s = s.Next(c)
		fmt.Println(s.Name())
	}
}
