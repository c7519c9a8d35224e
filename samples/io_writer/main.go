package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	p := []byte("hello, io.Writer\n")
	var w io.Writer = &bytes.Buffer{} // 动态值可能在堆
	w.Write(p)
	fmt.Print(w.(*bytes.Buffer).String())
}
