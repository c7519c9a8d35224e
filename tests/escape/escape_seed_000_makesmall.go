// errorcheck -0 -m -l

// Seed 000/001 pprof example (main_gc_escape.go): makeSmall returns
// &Small{1, 2} as interface{}, and main appends it to a global
// []interface{}: every call heap-allocates. makeBig's obj is moved to heap.
// The optimised variant keeps values in a local array.

package main

type Small struct {
	a, b int
}

type BigStruct struct {
	buf [1024]int
}

func makeBig() interface{} {
	obj := BigStruct{} // ERROR "moved to heap: obj$"
	return &obj
}

func makeSmall() interface{} {
	return &Small{1, 2} // ERROR "&Small\{\.\.\.\} escapes to heap$"
}

func makeSmallValue() Small {
	return Small{1, 2}
}

var sink []interface{}

func main() {
	// 持续产生堆分配 (bounded here)
	for j := 0; j < 3; j++ {
		for i := 0; i < 200; i++ {
			sink = append(sink, makeSmall())
		}
	}
	_ = makeBig()

	// 优化版本: values, no interface, no heap
	var local [200]Small
	for i := 0; i < 200; i++ {
		local[i] = makeSmallValue()
	}
	println(len(sink), local[0].a)
}
