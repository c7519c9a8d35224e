// reflect over method sets: Type.Method/MethodByName/NumMethod (exported,
// by name; *T's set through PointerTo), Value.Method, method values as
// funcs, Method.Func, Value.Call/CallSlice of methods, closures and
// package funcs (variadic, big arguments and receivers), gc's panics.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point     { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) String() string        { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p *Point) Scale(k int)          { p.X *= k; p.Y *= k }
func (p Point) Sum(xs ...int) (int, error) {
	s := p.X + p.Y
	for _, x := range xs {
		s += x
	}
	if s < 0 {
		return s, fmt.Errorf("negative %d", s)
	}
	return s, nil
}
func (p Point) hidden() {}

type Big struct {
	A [10]int
	S string
}

func (b Big) Total(extra Big) int {
	t := 0
	for i := range b.A {
		t += b.A[i] + extra.A[i]
	}
	return t + len(b.S) + len(extra.S)
}

type Shape interface {
	Area() float64
	Name() string
}

type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }
func (s Sq) Name() string   { return "square" }

func show(t reflect.Type) {
	fmt.Println(t, "NumMethod", t.NumMethod())
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		fmt.Println(" ", m.Index, m.Name, m.PkgPath == "", m.Type)
	}
}

func main() {
	p := Point{1, 2}
	show(reflect.TypeOf(p))
	show(reflect.TypeOf(&p))
	show(reflect.TypeOf((*Shape)(nil)).Elem())
	show(reflect.TypeOf(Big{}))

	v := reflect.ValueOf(p)
	fmt.Println(v.NumMethod(), reflect.ValueOf(&p).NumMethod())
	r := v.MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(Point{10, 20})})
	fmt.Println(r[0].Interface(), r[0].Type())
	r = v.MethodByName("Sum").Call([]reflect.Value{reflect.ValueOf(3), reflect.ValueOf(4)})
	fmt.Println(r[0].Int(), r[1].IsNil())
	r = reflect.ValueOf(Point{-5, 1}).MethodByName("Sum").Call(nil)
	fmt.Println(r[0].Int(), r[1].Interface())
	r = v.MethodByName("Sum").CallSlice([]reflect.Value{reflect.ValueOf([]int{5, 5})})
	fmt.Println(r[0].Int())

	pv := reflect.ValueOf(&p)
	pv.MethodByName("Scale").Call([]reflect.Value{reflect.ValueOf(3)})
	fmt.Println(p)
	m, ok := reflect.TypeOf(&p).MethodByName("Scale")
	fmt.Println(ok, m.Type, m.Func.Type())
	m.Func.Call([]reflect.Value{pv, reflect.ValueOf(2)})
	fmt.Println(p)
	_, ok = reflect.TypeOf(p).MethodByName("Scale")
	fmt.Println("value has Scale:", ok)
	_, ok = reflect.TypeOf(p).MethodByName("hidden")
	fmt.Println("hidden:", ok)

	// Method values as funcs.
	f := v.MethodByName("String").Interface().(func() string)
	p.X = 100
	fmt.Println(f(), v.MethodByName("String").Type())
	add := reflect.ValueOf(p).Method(0).Interface().(func(Point) Point)
	fmt.Println(add(Point{1, 1}))
	pf := reflect.TypeOf(p).Method(0).Func.Interface().(func(Point, Point) Point)
	fmt.Println(pf(Point{1, 2}, Point{3, 4}))

	// Big receivers and arguments.
	b := Big{S: "hey"}
	for i := range b.A {
		b.A[i] = i
	}
	bv := reflect.ValueOf(b)
	fmt.Println(bv.Method(0).Call([]reflect.Value{bv})[0].Int())
	bt := reflect.TypeOf(b).Method(0).Func.Call([]reflect.Value{bv, bv})
	fmt.Println(bt[0].Int())
	tot := bv.Method(0).Interface().(func(Big) int)
	fmt.Println(tot(Big{S: "xy"}))

	// Interface values and interface methods.
	var s Shape = Sq(3)
	iv := reflect.ValueOf(&s).Elem()
	fmt.Println(iv.Kind(), iv.NumMethod(), iv.Method(0).Call(nil)[0].Float(), iv.MethodByName("Name").Call(nil)[0])
	fmt.Println(iv.Method(1).Type())

	// Plain funcs.
	up := reflect.ValueOf(strings.ToUpper)
	fmt.Println(up.Type(), up.Type().NumIn(), up.Type().In(0), up.Type().NumOut(), up.Type().Out(0))
	fmt.Println(up.Call([]reflect.Value{reflect.ValueOf("go")})[0])
	k := 10
	clo := func(a, b int, rest ...string) (int, string) { return a*b + k, strings.Join(rest, "+") }
	cv := reflect.ValueOf(clo)
	fmt.Println(cv.Type().IsVariadic(), cv.Type())
	out := cv.Call([]reflect.Value{reflect.ValueOf(6), reflect.ValueOf(7), reflect.ValueOf("a"), reflect.ValueOf("b")})
	fmt.Println(out[0], out[1])
	sprint := reflect.ValueOf(fmt.Sprint)
	fmt.Println(sprint.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf("x"), reflect.ValueOf(p)})[0])

	// Panics.
	try := func(name string, f func()) {
		defer func() { fmt.Println(name, "->", recover()) }()
		f()
	}
	try("few", func() { up.Call(nil) })
	try("many", func() { up.Call([]reflect.Value{reflect.ValueOf("a"), reflect.ValueOf("b")}) })
	try("type", func() { up.Call([]reflect.Value{reflect.ValueOf(1)}) })
	try("zero", func() { up.Call([]reflect.Value{{}}) })
	try("nilfunc", func() { reflect.ValueOf((func())(nil)).Call(nil) })
	try("index", func() { v.Method(10) })
	try("notfunc", func() { reflect.ValueOf(1).Call(nil) })
	try("variadic", func() { cv.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3)}) })
	try("callslice", func() { up.CallSlice([]reflect.Value{reflect.ValueOf("a")}) })
	var ns Shape
	try("nil iface", func() { reflect.ValueOf(&ns).Elem().Method(0) })
	try("panicking method", func() {
		reflect.ValueOf(func() { panic("inside") }).Call(nil)
	})
}
