package main

import "fmt"

// Assignments, conversions, methods, indexing and ranging in a generic body
// never instantiated: checked against the constraints all the same.

func Str[T any](x T) string { return x.String() } // ERROR "x.String undefined \(type T has no field or method String\)"

func ToInt[T any](x T) int { var y int = x; return y } // ERROR "cannot use x \(variable of type T constrained by any\) as type int in variable declaration"

func FromInt[T ~int](y int) T { return y } // ERROR "cannot use y \(variable of type int\) as type T in return statement"

func Idx[T any](x T) int { return x[0] } // ERROR "invalid operation: cannot index x \(variable of type T constrained by any\)"

func Rng[T any](x T) {
	for range x { // ERROR "cannot range over x \(variable of type T constrained by any\) \(T has no core type\)"
	}
}

func Conv[T any](x T) int { return int(x) } // ERROR "cannot convert x \(variable of type T constrained by any\) to type int"

func Nil[T any]() T { return nil } // ERROR "cannot use nil as T value in return statement"

func Assert[T any](x T) int { return x.(int) } // ERROR "invalid operation: cannot use type assertion on type parameter value x \(variable of type T constrained by any\)"

func Fmt[T fmt.Stringer](x T) string { return x.String() + x.Foo() } // ERROR "x.Foo undefined \(type T has no field or method Foo\)"

// Valid: through core types and the type set.
func First[S ~[]E, E any](s S) E { return s[0] }

func Bytes[T ~string | ~[]byte](x T) (int, byte) { return len(x), x[0] }

func ConvN[T ~int | ~float64](x T) float64 { return float64(x) + float64(T(1)) }

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	var ks []K
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func main() {}
