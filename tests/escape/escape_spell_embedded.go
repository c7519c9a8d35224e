// errorcheck -0 -m -l

// Spellings: a promoted method called through an embedded field. gc passes
// the implicit field path as the receiver: Counter.Value(s.Counter), also
// through a pointer, two levels deep, and in a type switch's clause.

package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ } // ERROR "c does not escape$"

type Stats struct {
	Counter
	name string
}

type Deep struct {
	Stats
	id int
}

type Named struct{ name string }

func (n Named) Label() int { return len(n.name) } // ERROR "n does not escape$"

type Cat struct {
	Named
	age int
}

type PtrEmb struct {
	*Counter
}

func byValue() {
	s := Stats{Counter{1}, "x"}
	s.Inc()
	fmt.Println(s.Value()) // ERROR "\.\.\. argument does not escape$" "Counter\.Value\(s\.Counter\) escapes to heap$"
}

func byPointer(p *Stats) { // ERROR "p does not escape$"
	fmt.Println(p.Value()) // ERROR "\.\.\. argument does not escape$" "Counter\.Value\(p\.Counter\) escapes to heap$"
}

func twoLevels(d Deep) { // ERROR "d does not escape$"
	fmt.Println(d.Value()) // ERROR "\.\.\. argument does not escape$" "Counter\.Value\(d\.Stats\.Counter\) escapes to heap$"
}

func throughPointerField(e PtrEmb) { // ERROR "e does not escape$"
	fmt.Println(e.Value()) // ERROR "\.\.\. argument does not escape$" "Counter\.Value\(e\.Counter\) escapes to heap$"
}

func inTypeSwitch(x interface{}) { // ERROR "x does not escape$"
	switch c := x.(type) {
	case Cat:
		fmt.Println(c.Label()) // ERROR "\.\.\. argument does not escape$" "Named\.Label\(c\.Named\) escapes to heap$"
	}
}

func main() {
	byValue()
	byPointer(&Stats{}) // ERROR "&Stats\{\} does not escape$"
	twoLevels(Deep{})
	throughPointerField(PtrEmb{&Counter{}}) // ERROR "&Counter\{\} does not escape$"
	inTypeSwitch(Cat{Named{"a"}, 2}) // ERROR "Cat\{\.\.\.\} does not escape$"
}
