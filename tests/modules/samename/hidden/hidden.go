// Package hidden: an interface with an unexported method only its own
// package's types can implement.
package hidden

type I interface{ m() string }

type S struct{}

func (S) m() string { return "hidden.S.m" }

func Make() interface{} { return S{} }

func Call(i I) string { return i.m() }
