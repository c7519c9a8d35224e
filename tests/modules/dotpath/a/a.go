package a

type b struct{}

func (b) F() string { return "method a.b.F" }

func Call() string { return b{}.F() }

var V = "a.V"
