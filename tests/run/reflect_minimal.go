package main

import (
	"fmt"
	"reflect"
)

type T struct{ A int }

func main() {
	var i8 int8 = -3
	vs := []reflect.Value{reflect.ValueOf(1), reflect.ValueOf("hi"), reflect.ValueOf(T{2}), reflect.ValueOf(&T{}), reflect.ValueOf(nil), reflect.ValueOf(i8), reflect.ValueOf([]int{1})}
	for _, v := range vs {
		fmt.Println(v.Kind(), v.String())
		fmt.Printf("%v %d %s\n", v.Kind(), v.Kind(), v.Kind().String())
	}
	fmt.Println(vs[0].Interface(), vs[2].Interface(), vs[5].Int())
	x := vs[1].Interface().(string)
	fmt.Println(x)
	defer func() { fmt.Println(recover()) ; reflect.ValueOf(nil).Interface() }()
	vs[1].Int()
}
