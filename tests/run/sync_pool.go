package main

import (
	"fmt"
	"sync"
)

type Buf struct{ data []byte }

var created int

var pool = sync.Pool{
	New: func() interface{} {
		created++
		return &Buf{data: make([]byte, 0, 64)}
	},
}

func main() {
	b := pool.Get().(*Buf)
	b.data = append(b.data, "hello"...)
	fmt.Println(string(b.data), created)
	b.data = b.data[:0]
	pool.Put(b)
	var empty sync.Pool
	fmt.Println(empty.Get() == nil)
}
