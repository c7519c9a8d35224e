package b

import "example.com/sharedtables/t"

func B() interface{} { return t.T{} }
