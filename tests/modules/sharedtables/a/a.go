package a

import "example.com/sharedtables/t"

func A() interface{} { return t.T{} }
