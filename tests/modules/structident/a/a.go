package a

func V() interface{} { return struct{ x int }{1} }

func E() interface{} { return struct{ X int }{1} }
