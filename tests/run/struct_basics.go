package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name    string
	Age     int
	Addr    Address
	Tags    []string
	Manager *Person
}

type Empty struct{}

func birthday(p Person) Person {
	p.Age++
	return p
}

func main() {
	alice := Person{Name: "Alice", Age: 30, Addr: Address{"Paris", 75001}}
	fmt.Println(alice)
	fmt.Printf("%v\n%+v\n", alice, alice)
	bob := Person{"Bob", 25, Address{City: "Oslo"}, []string{"x", "y"}, nil}
	fmt.Printf("%+v\n", bob)
	older := birthday(alice)
	fmt.Println(alice.Age, older.Age)
	c := alice
	c.Addr.City = "Lyon"
	fmt.Println(alice.Addr.City, c.Addr.City)
	var zero Person
	fmt.Printf("%+v %q %d %v\n", zero, zero.Name, zero.Age, zero.Manager == nil)
	fmt.Println(Empty{}, Empty{} == Empty{})
	a1 := Address{"X", 1}
	a2 := Address{"X", 1}
	a3 := Address{"X", 2}
	fmt.Println(a1 == a2, a1 == a3, a1 != a3)
	anon := struct {
		A int
		B string
	}{1, "b"}
	fmt.Println(anon, anon.A, anon.B)
	anon2 := struct {
		A int
		B string
	}{A: 1, B: "b"}
	fmt.Println(anon == anon2)
	type Pair struct{ K, V string }
	pairs := []Pair{{"a", "1"}, {K: "b"}, {V: "3"}}
	fmt.Printf("%v %+v %d\n", pairs, pairs, len(pairs))
	alice.Manager = &bob
	fmt.Println(alice.Manager.Name, alice.Manager.Age)
	alice.Manager.Age = 26
	fmt.Println(bob.Age)
	nested := struct {
		In struct{ X, Y int }
		Arr [2]Address
	}{}
	nested.In.X = 4
	nested.Arr[1].Zip = 9
	fmt.Printf("%+v\n", nested)
	type Flags struct {
		On    bool
		Level uint8
		Ratio float64
	}
	fmt.Printf("%v %+v\n", Flags{}, Flags{true, 3, 0.5})
}
