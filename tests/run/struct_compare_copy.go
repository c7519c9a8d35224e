package main

import "fmt"

type Vec struct{ X, Y, Z float64 }

type Key struct {
	Name string
	ID   int
	Pos  Vec
	Arr  [2]int8
}

func add(a, b Vec) Vec {
	return Vec{a.X + b.X, a.Y + b.Y, a.Z + b.Z}
}

func scale(v Vec, k float64) Vec {
	v.X *= k
	v.Y *= k
	v.Z *= k
	return v
}

func main() {
	a := Vec{1, 2, 3}
	b := Vec{4, 5, 6}
	fmt.Println(add(a, b), scale(a, 2), a)
	k1 := Key{"a", 1, Vec{1, 1, 1}, [2]int8{1, 2}}
	k2 := k1
	fmt.Println(k1 == k2)
	k2.Arr[1] = 3
	fmt.Println(k1 == k2, k1.Arr, k2.Arr)
	k2 = k1
	k2.Pos.Z = 1.5
	fmt.Println(k1 == k2)
	k2.Pos = k1.Pos
	fmt.Println(k1 == k2)
	var zero float64
	negz := -zero
	fmt.Println(Vec{zero, 0, 0} == Vec{negz, 0, 0})
	nan := zero / zero
	fmt.Println(Vec{nan, 0, 0} == Vec{nan, 0, 0})
	vs := []Vec{a, b}
	vs[0].X = 100
	fmt.Println(a.X, vs[0].X)
	arr := [2]Vec{a, b}
	arr2 := arr
	arr2[1].Y = -5
	fmt.Println(arr[1].Y, arr2[1].Y, arr == arr2)
	type Wrapper struct{ V Vec }
	w := Wrapper{a}
	w2 := w
	w2.V.X = 9
	fmt.Println(w, w2, w == w2)
	x, y := Vec{1, 0, 0}, Vec{0, 1, 0}
	x, y = y, x
	fmt.Println(x, y)
	list := []Key{k1, k2}
	same := 0
	for _, k := range list {
		if k == k1 {
			same++
		}
	}
	fmt.Println("same", same)
	fmt.Printf("%v\n%+v\n", k1, k2)
}
