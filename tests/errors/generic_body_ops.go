package main

// A generic body is checked once against its constraints, not through the
// type arguments it happens to be called with (gc's types2).

type Number interface {
	~int | ~int64 | ~float64
}

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string
}

func Add1[T any](x T) int { return x + 1 } // ERROR "cannot convert 1 \(untyped int constant\) to T"

func Eq[T any](x, y T) bool { return x == y } // ERROR "invalid operation: x == y \(incomparable types in type set\)"

func Less[T any](x, y T) bool { return x < y } // ERROR "invalid operation: x < y \(type parameter T is not comparable with <\)"

func Mod[T Number](x, y T) T { return x % y } // ERROR "invalid operation: operator % not defined on x \(variable of type T constrained by Number\)"

func Sub[T Ordered](x, y T) T { return x - y } // ERROR "invalid operation: operator - not defined on x \(variable of type T constrained by Ordered\)"

func Neg[T Ordered](x T) T { return -x } // ERROR "invalid operation: operator - not defined on x \(variable of type T constrained by Ordered\)"

func Half[T Number](x T) T { return x / 2.5 } // ERROR "cannot convert 2.5 \(untyped float constant\) to T"

func Shift[T ~int | ~float64](x T) T { return x << 1 } // ERROR "invalid operation: shifted operand x \(variable of type T constrained by ~int\|~float64\) must be integer"

// Valid: every type of the type set allows these.
func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x * 2
	}
	return s
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	println(Add1(1), Eq(1, 2), Less(1, 2), Sum([]int{1}), Max("a", "b"))
}
