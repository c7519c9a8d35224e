package main

import (
	"fmt"
	"sync"
)

// 3) sync.Pool 使用范式
var bufPool = sync.Pool{New: func() any {
    b := make([]byte, 0, 4096)
    return &b
}}

func useBuf() {
    bptr := bufPool.Get().(*[]byte)
    b := (*bptr)[:0]
    // ... 使用 b 作为临时缓冲 ...
    *bptr = b[:0]
    bufPool.Put(bptr)
}

func main() {
	useBuf()
	fmt.Println("useBuf done")
}
