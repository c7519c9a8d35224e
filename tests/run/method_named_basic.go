package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Counter int

func (c *Counter) Inc() { *c++ }

func main() {
	c := Celsius(100)
	fmt.Println(c.ToF(), c.ToF().ToC())
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum(), len(l))
	var n Counter
	for i := 0; i < 5; i++ {
		n.Inc()
	}
	fmt.Println(n)
}
