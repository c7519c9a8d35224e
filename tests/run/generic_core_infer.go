package main

import "fmt"

type Number interface{ ~int | ~float64 }

func SumOf[S ~[]E, E Number](s S) E {
	var t E
	for _, v := range s {
		t += v
	}
	return t
}

type Ints []int

func First[T any, PT interface{ *T }](xs []T) PT {
	return PT(&xs[0])
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	var ks []K
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func main() {
	fmt.Println(SumOf(Ints{1, 2, 3}), SumOf([]float64{0.5, 0.25}))
	p := First[int]([]int{4, 5})
	fmt.Println(*p)
	fmt.Println(len(Keys(map[string]int{"a": 1})))
}
