package main

func g() {
	m := map[int]*int{}
	x := 1
	m[0] = &x // &x 逃逸（被堆上 map 引用）
}

func main() {
	g()
}
