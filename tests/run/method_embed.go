package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Hello() string { return "I am " + a.Name }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Bark() string { return d.Name + " barks" }

type Puppy struct {
	*Dog
	Age int
}

func main() {
	d := Dog{Animal{"rex"}, "lab"}
	fmt.Println(d.Hello(), d.Bark())
	d.Rename("max")
	fmt.Println(d.Name, d.Animal.Name, d.Hello())
	p := Puppy{&d, 1}
	p.Rename("tiny")
	fmt.Println(p.Hello(), d.Name, p.Bark(), p.Age)
}
