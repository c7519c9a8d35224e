package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

type Q struct {
	P    P
	Ptr  *P
	List []P
	Arr  [2]float64
	Ok   bool
	R    rune
	B    byte
}

func main() {
	p := P{1, -2, "pt"}
	fmt.Printf("%v|%+v|%T\n", p, p, p)
	verbs := "%d|%s|%x|%q\n" // a variable, so vet accepts verbs applied to every field
	fmt.Printf(verbs, p, p, p, p)
	q := Q{P: p, List: []P{{3, 4, "a"}, {}}, Arr: [2]float64{0.5, 2}, Ok: true, R: 'r', B: 'b'}
	fmt.Printf("%v\n%+v\n", q, q)
	fmt.Println(q)
	pp := &p
	fmt.Printf("%v %+v\n", pp, pp)
	var nilp *P
	fmt.Printf("%v %+v %T\n", nilp, nilp, nilp)
	fmt.Println(nilp)
	fmt.Printf("%v %T\n", []*P{nil}, []*P{})
	fmt.Printf("%v %T\n", [2][2]int{{1, 2}, {3, 4}}, [2][2]int{})
	fmt.Printf("%v %T\n", [][]string{{"a"}, {"b", "c"}}, [][]string{})
	fmt.Printf("%T %T %T %T %T %T\n", 1, "s", 1.5, true, 'r', nil)
	fmt.Printf("%T %T %T %T %T\n", int8(1), uint16(2), float32(3), byte(4), uintptr(5))
	fmt.Printf("%T %T %T\n", []int{}, [3]string{}, struct{ A int }{})
	fmt.Printf("%T %T\n", &p, new(*int))
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	fmt.Printf("%6v|%-6v|%06v\n", []int{1, 2}, [2]int{3, 4}, []int{5})
	fmt.Printf("%.1f %5.1f\n", []float64{1.25, 2.5}, [2]float32{3, 4})
	fmt.Printf("%v %v\n", []bool{true, false}, [1]string{"s"})
	anon := struct {
		A []int
		B struct{ C string }
	}{A: []int{1}, B: struct{ C string }{"c"}}
	fmt.Printf("%v %+v\n", anon, anon)
	fmt.Printf("%T\n", anon)
	var pi *int
	fmt.Printf("%v %d\n", pi, []*int{nil})
}
