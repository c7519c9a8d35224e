package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string   { return "rect" }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string   { return "circle" }

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int { return c.n }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c.Get())
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	for _, s := range shapes {
		fmt.Println(s.Name(), s.Area())
	}
	var x interface{} = 42
	if n, ok := x.(int); ok {
		fmt.Println("int", n)
	}
	_, ok := x.(string)
	fmt.Println(ok)
	switch v := x.(type) {
	case string:
		fmt.Println("string", v)
	case int, int64:
		fmt.Println("int-ish", v)
	}
	r := shapes[0].(Rect)
	fmt.Println(r.W)
}
