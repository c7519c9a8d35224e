package main

import "fmt"

type Toggler interface{ Toggle() }
type Shower interface{ Show() string }

type Switch struct{ on bool }

func (s *Switch) Toggle()     { s.on = !s.on }
func (s Switch) Show() string { return fmt.Sprint("on=", s.on) }

func main() {
	sw := &Switch{}
	var t Toggler = sw
	var sh Shower = sw
	var sv Shower = *sw
	t.Toggle()
	fmt.Println(sh.Show(), sv.Show())
	t.Toggle()
	t.Toggle()
	fmt.Println(sh.Show(), sv.Show())
	_, isT := sv.(Toggler)
	_, isT2 := sh.(Toggler)
	fmt.Println(isT, isT2)
}
