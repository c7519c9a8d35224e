package t

type F int

func (F) String() string { return "F!" }

type T struct{ X F }
