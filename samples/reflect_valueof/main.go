package main

import (
	"fmt"
	"reflect"
)

func main() {
	x := 42
	rv := reflect.ValueOf(x)
	_ = rv.Interface()  // 常见堆分配与逃逸
	fmt.Println(rv.Kind(), rv.Int())
}
