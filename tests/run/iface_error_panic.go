package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Animal interface{ Sound() string }
type Named interface {
	Animal
	Name() string
}
type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Dog struct {
	Base
	age int
}

func (d *Dog) Sound() string { return "woof" }

func find(ok bool) error {
	if ok {
		return nil
	}
	return &MyErr{42}
}

type pair struct {
	A Celsius
	b Celsius
}

func main() {
	fmt.Println(Celsius(21.5))
	fmt.Printf("%v %s %d\n", Celsius(3), Celsius(4), 7)
	err := find(false)
	fmt.Println(err, find(true) == nil)
	fmt.Printf("[%v] %q\n", err, err)
	d := &Dog{Base{"rex"}, 3}
	var n Named = d
	fmt.Println(n.Name(), n.Sound(), d.name, d.Name())
	var a Animal = n
	if nn, ok := a.(Named); ok {
		fmt.Println("named", nn.Name())
	}
	fmt.Println(pair{1, 2}, []Celsius{5, 6})
	if me, ok := err.(*MyErr); ok {
		fmt.Println(me.Code)
	}
	panic(err)
}
