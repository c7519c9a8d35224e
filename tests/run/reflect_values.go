// reflect's Value: reading every kind, fields (unexported ones read-only),
// elements, maps (MapIndex, MapKeys, MapRange), setting through pointers,
// Zero/New/Indirect, MakeSlice/Append/Copy, IsZero, DeepEqual, and the
// panics of wrong kinds and unaddressable values, with gc's words.
package main

import (
	"fmt"
	"reflect"
	"sort"
)

type inner struct{ A, B int }

type T struct {
	N     int
	S     string
	F     float64
	P     *inner
	In    inner
	L     []int
	M     map[string]int
	I     any
	hide  int
	Bytes []byte
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	f()
}

func main() {
	t := T{N: 7, S: "str", F: 2.5, P: &inner{1, 2}, In: inner{3, 4}, L: []int{10, 20, 30},
		M: map[string]int{"b": 2, "a": 1, "c": 3}, I: 42, hide: 9, Bytes: []byte("hi")}
	v := reflect.ValueOf(t)
	fmt.Println(v.Kind(), v.NumField(), v.Type(), v.CanAddr(), v.CanSet(), v.IsValid())
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		fmt.Println(v.Type().Field(i).Name, f.Kind(), f.CanInterface(), f.CanSet())
	}
	fmt.Println(v.Field(0).Int(), v.Field(1).String(), v.Field(2).Float(), v.Field(3).Elem().Field(1).Int())
	fmt.Println(v.Field(4).Field(0).Int(), v.Field(5).Len(), v.Field(5).Cap(), v.Field(5).Index(2).Int())
	fmt.Println(v.Field(7).Kind(), v.Field(7).Elem().Kind(), v.Field(7).Elem().Int(), v.Field(8).Int())
	fmt.Println(string(v.Field(9).Bytes()), v.Field(1).Index(1).Uint(), v.Field(1).Len())
	fmt.Println(v.Field(0).Interface(), v.Field(4).Interface(), v.Field(5).Interface())
	try("Interface of unexported", func() { v.Field(8).Interface() })

	m := v.Field(6)
	fmt.Println(m.Len(), m.MapIndex(reflect.ValueOf("b")).Int(), m.MapIndex(reflect.ValueOf("zz")).IsValid())
	var keys []string
	for _, k := range m.MapKeys() {
		keys = append(keys, k.String())
	}
	sort.Strings(keys)
	fmt.Println(keys)
	var pairs []string
	for it := m.MapRange(); it.Next(); {
		pairs = append(pairs, fmt.Sprint(it.Key().String(), "=", it.Value().Int()))
	}
	sort.Strings(pairs)
	fmt.Println(pairs)
	var nilMap map[int]int
	fmt.Println(reflect.ValueOf(nilMap).Len(), len(reflect.ValueOf(nilMap).MapKeys()), reflect.ValueOf(nilMap).IsNil())

	p := reflect.ValueOf(&t).Elem()
	fmt.Println(p.CanAddr(), p.CanSet(), p.Field(0).CanSet(), p.Field(8).CanSet())
	p.Field(0).SetInt(99)
	p.Field(1).SetString("new")
	p.Field(2).SetFloat(-1.25)
	p.Field(5).Index(0).SetInt(-10)
	p.Field(7).Set(reflect.ValueOf("now a string"))
	p.Field(4).Set(reflect.ValueOf(inner{5, 6}))
	fmt.Println(t.N, t.S, t.F, t.L, t.I, t.In)
	try("SetInt on unexported", func() { p.Field(8).SetInt(1) })
	try("SetInt on value", func() { v.Field(0).SetInt(1) })
	try("Set wrong type", func() { p.Field(0).Set(reflect.ValueOf("x")) })
	try("Int of string", func() { v.Field(1).Int() })
	try("Field of int", func() { v.Field(0).Field(0) })
	try("Len of int", func() { v.Field(0).Len() })
	try("Elem of int", func() { v.Field(0).Elem() })
	try("Index out of range", func() { v.Field(5).Index(5) })
	try("Type of zero", func() { reflect.Value{}.Type() })

	var u8 uint8 = 200
	var b bool
	var c complex128 = 1 + 2i
	var f32 float32 = 0.5
	pu := reflect.ValueOf(&u8).Elem()
	pu.SetUint(17)
	reflect.ValueOf(&b).Elem().SetBool(true)
	reflect.ValueOf(&c).Elem().SetComplex(3 - 4i)
	reflect.ValueOf(&f32).Elem().SetFloat(8.25)
	fmt.Println(u8, b, c, f32, pu.OverflowUint(256), pu.OverflowUint(255), reflect.ValueOf(int8(0)).OverflowInt(-129))

	fmt.Println(reflect.Indirect(reflect.ValueOf(&t)).Field(0).Int(), reflect.Indirect(reflect.ValueOf(3)).Int())
	z := reflect.Zero(reflect.TypeOf(t))
	fmt.Println(z.IsZero(), z.Field(1).String() == "", reflect.ValueOf(t).IsZero(), reflect.ValueOf(0.0).IsZero())
	n := reflect.New(reflect.TypeOf(inner{}))
	n.Elem().Field(1).SetInt(8)
	fmt.Println(n.Kind(), n.Elem().Interface(), n.Type())
	pi := n.Interface().(*inner)
	fmt.Println(pi.B)

	s := reflect.MakeSlice(reflect.TypeOf([]string{}), 2, 5)
	s.Index(0).SetString("x")
	s = reflect.Append(s, reflect.ValueOf("y"), reflect.ValueOf("z"), reflect.ValueOf("w"), reflect.ValueOf("v"))
	fmt.Println(s.Len(), s.Interface())
	dst := reflect.ValueOf(make([]string, 3))
	fmt.Println(reflect.Copy(dst, s), dst.Interface())
	fmt.Println(s.Slice(1, 3).Interface(), reflect.ValueOf("hello").Slice(1, 4).Interface())
	arr := [4]int{1, 2, 3, 4}
	fmt.Println(reflect.ValueOf(&arr).Elem().Slice(1, 3).Interface(), reflect.ValueOf(arr).Index(3).Int())

	fmt.Println(reflect.DeepEqual(t, t), reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual([]int{1}, []int{2}))
	fmt.Println(reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {1}}), reflect.DeepEqual(map[int]int{1: 1}, map[int]int{1: 2}))
	fmt.Println(reflect.DeepEqual(1, int64(1)), reflect.DeepEqual(nil, nil), reflect.DeepEqual([]int(nil), []int{}), reflect.DeepEqual(&inner{1, 2}, &inner{1, 2}))
	type node struct{ next *node }
	a, bb := &node{}, &node{}
	a.next, bb.next = a, bb
	fmt.Println(reflect.DeepEqual(a, bb))

	var ip *int
	fmt.Println(reflect.ValueOf(ip).IsNil(), reflect.ValueOf(ip).Elem().IsValid(), reflect.ValueOf([]int(nil)).IsNil(), reflect.ValueOf(main).IsNil())
	x := 5
	fmt.Println(reflect.ValueOf(&x).Pointer() == reflect.ValueOf(&x).Elem().UnsafeAddr(), reflect.ValueOf(&x).Elem().Addr().Interface() == &x)
	fmt.Println(reflect.ValueOf(42).String(), reflect.Value{}.String(), reflect.ValueOf(t).NumMethod())
	sw := []string{"a", "b", "c"}
	reflect.Swapper(sw)(0, 2)
	fmt.Println(sw)
}
