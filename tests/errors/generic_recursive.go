package main

// A constraint naming its own type, and a type parameter used as a union
// term: gc's errors, reported though nothing instantiates them.

type C[T C[T]] interface{ M() } // ERROR "invalid recursive type C"

func F[T ~int | U, U any](x T) {} // ERROR "term cannot be a type parameter"

func G[T ~U, U ~int](x T) {} // ERROR "type in term ~U cannot be a type parameter"

// Legal: gc expands List[List[T]] lazily.
type List[T any] struct{ next *List[List[T]] }

func main() {}
