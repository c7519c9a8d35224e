package main

import (
	"fmt"
	"reflect"
)

func main() {
	for _, x := range []interface{}{complex64(1.5 + 2i), 3 - 4i, 7, "s", nil, []int{}, &struct{}{}} {
		v := reflect.ValueOf(x)
		k := v.Kind()
		switch k {
		case reflect.Complex64, reflect.Complex128:
			fmt.Println(k, v.Complex(), k == reflect.Complex128)
		case reflect.Int:
			fmt.Println(k, v.Int(), uint(k))
		default:
			fmt.Println(k, k == reflect.Invalid, k == reflect.Ptr, k == reflect.Pointer)
		}
	}
	fmt.Println(reflect.UnsafePointer, reflect.Struct, reflect.Uintptr)
}
