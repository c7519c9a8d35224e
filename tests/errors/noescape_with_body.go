package main

//go:noescape
func h(p *int) {} // ERROR "can only use //go:noescape with external func implementations"

type T struct{}

//go:noescape
func (T) M(p *int) {} // ERROR "can only use //go:noescape with external func implementations"

func main() {
}
