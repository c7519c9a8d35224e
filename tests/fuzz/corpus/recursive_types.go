package main

type A struct{ b B }
type B struct{ a A }
type C [len(C{})]int
type D = *D
type E interface{ E }

const K = K + 1
var v = w
var w = v

func main() {}
