package main

type T[P any] P // ERROR "cannot use a type parameter as RHS in type declaration"

func F[K any, K any]() {} // ERROR "K redeclared in this block"

func main() {}
