package main

import "fmt"

func use(p *[]byte) {
	fmt.Println(len(*p))
}

func h() {
	big := make([]byte, 1<<20)
	defer func(){ use(&big) }() // 捕获导致 big 逃逸
}

func main() {
	h()
}
