package a

import "example.com/cyc/b"

func F() { b.G() }
