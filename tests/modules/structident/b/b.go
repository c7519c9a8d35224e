package b

func V() interface{} { return struct{ x int }{1} }

func E() interface{} { return struct{ X int }{1} }

func IsMine(v interface{}) bool { _, ok := v.(struct{ x int }); return ok }
