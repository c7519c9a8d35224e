// reflect's Type: kinds, names, elements, struct fields with tags and
// offsets, sizes, bits, alignment, method counts and the assignability,
// convertibility, comparability and Implements rules (escgo's reflect
// overlay over its own type descriptors).
package main

import (
	"errors"
	"fmt"
	"reflect"
)

type Celsius float64

type Point struct {
	X, Y int `json:"x" xml:"px"`
}

type User struct {
	Name   string `json:"name,omitempty" db:"user_name"`
	age    int
	Point  `json:"pt"`
	Tags   []string
	Scores map[string]int
	Next   *User
	flag   bool
}

type Shape interface{ Area() float64 }

type Square struct{ S float64 }

func (s Square) Area() float64   { return s.S * s.S }
func (s Square) String() string  { return "square" }
func (s *Square) Grow(by float64) { s.S += by }

func show(t reflect.Type) {
	fmt.Println(t.String(), t.Kind(), t.Name(), t.PkgPath(), t.Size(), t.Align(), t.NumMethod(), t.Comparable())
}

func main() {
	for _, x := range []any{1, int8(2), uint16(3), 4.5, float32(1), Celsius(3), "s", true, complex64(1),
		[]int{1}, [3]byte{}, map[string]bool{}, &User{}, User{}, Point{}, Square{}, &Square{}, errors.New("e")} {
		show(reflect.TypeOf(x))
	}
	fmt.Println(reflect.TypeOf(nil) == nil)

	ut := reflect.TypeOf(User{})
	fmt.Println(ut.NumField())
	for i := 0; i < ut.NumField(); i++ {
		f := ut.Field(i)
		fmt.Println(i, f.Name, f.PkgPath, f.Type, f.Tag, f.Offset, f.Index, f.Anonymous, f.IsExported())
	}
	tag := ut.Field(0).Tag
	fmt.Println(tag.Get("json"), tag.Get("db"), tag.Get("nope") == "")
	v, ok := tag.Lookup("db")
	fmt.Println(v, ok)
	v, ok = tag.Lookup("xml")
	fmt.Println(v == "", ok)
	fmt.Println(reflect.StructTag(`a:"1" b:"two words" c:"esc\"aped"`).Get("c"))
	fmt.Println(reflect.StructTag(`a:"1" b:"two words"`).Get("b"))
	fmt.Println(reflect.StructTag(`bad`).Get("bad") == "")

	pt := reflect.TypeOf(&User{})
	fmt.Println(pt.Elem() == ut, pt.Elem().Name())
	mt := reflect.TypeOf(map[string][]int{})
	fmt.Println(mt.Key(), mt.Elem(), mt.Elem().Elem())
	at := reflect.TypeOf([4]int16{})
	fmt.Println(at.Len(), at.Elem(), at.Elem().Bits(), reflect.TypeOf(1.5).Bits(), reflect.TypeOf(complex64(0)).Bits())

	shape := reflect.TypeOf((*Shape)(nil)).Elem()
	stringer := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	errT := reflect.TypeOf((*error)(nil)).Elem()
	sq, psq := reflect.TypeOf(Square{}), reflect.TypeOf(&Square{})
	fmt.Println(shape.Kind(), shape.NumMethod(), shape.String())
	fmt.Println(sq.Implements(shape), psq.Implements(shape), sq.Implements(stringer), ut.Implements(shape))
	fmt.Println(reflect.TypeOf(errors.New("x")).Implements(errT), sq.NumMethod(), psq.NumMethod())
	fmt.Println(sq.AssignableTo(shape), ut.AssignableTo(shape), sq.AssignableTo(sq), reflect.TypeOf(1).AssignableTo(reflect.TypeOf(Celsius(0))))
	fmt.Println(reflect.TypeOf(1).ConvertibleTo(reflect.TypeOf(Celsius(0))), reflect.TypeOf(1).ConvertibleTo(reflect.TypeOf("")),
		reflect.TypeOf("").ConvertibleTo(reflect.TypeOf([]byte{})), reflect.TypeOf(1).ConvertibleTo(reflect.TypeOf([]int{})),
		reflect.TypeOf(Celsius(1)).ConvertibleTo(reflect.TypeOf(1.0)), reflect.TypeOf(1.5).ConvertibleTo(reflect.TypeOf(complex128(0))))
	fmt.Println(reflect.TypeOf([]int{}).Comparable(), reflect.TypeOf([2]string{}).Comparable(), ut.Comparable(), reflect.TypeOf(Point{}).Comparable())
	fmt.Println(reflect.PtrTo(ut) == pt, reflect.PointerTo(psq.Elem()) == psq)

	defer func() { fmt.Println("recovered:", recover()) }()
	reflect.TypeOf(1).Elem()
}
