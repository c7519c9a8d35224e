// Seeds 000/001 案例1/案例2: getFooValue returns a copy of a ~0.3 KB struct
// (result stays on the stack); getFooPointer returns &result, so result is
// moved to the heap: one allocation per call.
package pointer_return

type foo struct {
	a [40]int64 // 320 bytes, "约0.3KB"
}

//go:noinline
func getFooValue(k int64) foo {
	var result foo
	result.a[0] = k
	result.a[39] = k + 1
	return result
}

//go:noinline
func getFooPointer(k int64) *foo {
	var result foo
	result.a[0] = k
	result.a[39] = k + 1
	return &result
}
