package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(n int) *Acc { a.total += n; return a }
func (a Acc) Total() int      { return a.total }

type Bank struct {
	accs [3]Acc
	main Acc
}

func main() {
	var b Bank
	b.main.Add(1).Add(2).Add(3)
	for i := range b.accs {
		b.accs[i].Add(i * 10)
	}
	fmt.Println(b.main.Total(), b.accs[2].Total(), b.accs)
	p := &b
	p.main.Add(100)
	fmt.Println(p.main.Total())
	accs := []*Acc{{1}, {2}}
	for _, a := range accs {
		a.Add(5)
	}
	fmt.Println(accs[0].Total(), accs[1].Total())
}
