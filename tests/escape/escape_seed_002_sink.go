// errorcheck -0 -m -l

// Seed 002 §2.8: a callee that keeps its pointer parameter ("leaking param")
// makes the caller's &x escape.

package escape

var global *int

func sink(p *int) { global = p } // 可能留存 // ERROR "leaking param: p$"

func caller() {
	x := 1 // ERROR "moved to heap: x$"
	sink(&x) // 编译器保守视为逃逸
}

// 规避：改为传值
func sinkValue(v int) { *global = v }

func callerValue() {
	x := 1
	sinkValue(x)
}
