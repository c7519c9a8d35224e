package main

var _ = f()
var a, b = 1, 2

func f() int { return 0 }

func init() { a = 3 }

func main() { _ = b; _, _ = a, b }
