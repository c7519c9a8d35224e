// errorcheck -0 -m -l

// Seed 003 "再看一个逃逸分析的例子": a 1 KB struct returned by pointer is moved to
// heap; returned by value it stays on the stack.

package escape

type big struct{ buf [1024]byte }

func retPtr() *big {
	b := big{} // ERROR "moved to heap: b$"
	return &b // 逃逸
}

func retVal() big {
	b := big{}
	return b // 值返回，更易栈分配（由编译器决定）
}
