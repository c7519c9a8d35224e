package main

import "fmt"

type big struct{ buf [1024]byte }

func retPtr() *big {
	b := big{}
	return &b // 逃逸
}

func retVal() big {
	b := big{}
	return b // 值返回，更易栈分配（由编译器决定）
}

func main() {
	p := retPtr()
	v := retVal()
	fmt.Println(len(p.buf), len(v.buf))
}
