// errorcheck -0 -m -l

// Seed 000/001 "2) 取地址发生逃逸": returning &c of a local struct moves c to
// the heap. The article shows the pre-1.13 line "&c escapes to heap" as
// well; gc 1.19 prints only "moved to heap: c". The result passed to
// fmt.Println is a pointer, so it is not boxed: no "dummy() escapes to heap".

package main

import "fmt"

// 声明空结构体测试结构体逃逸情况
type Data struct {
}

// 将 dummy() 函数的返回值修改为 *Data 指针类型。
func dummy() *Data {
	// 实例化c为Data类型
	var c Data // ERROR "moved to heap: c$"

	//返回函数局部变量地址
	return &c
}

func main() {
	fmt.Println(dummy()) // ERROR "\.\.\. argument does not escape$"
}
