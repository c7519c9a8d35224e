package main

import "fmt"

type Named interface{ Name() string }
type Cat struct{ n string }
type Car struct{ model string }

func (c Cat) Name() string  { return "cat " + c.n }
func (c *Car) Name() string { return "car " + c.model }

func main() {
	things := []any{Cat{"tom"}, &Car{"vw"}, 3, "str", Car{"x"}}
	count := 0
	for i, t := range things {
		if n, ok := t.(Named); ok {
			fmt.Println(i, n.Name())
			count++
		} else {
			fmt.Printf("%d %v %T\n", i, t, t)
		}
	}
	fmt.Println(count)
}
