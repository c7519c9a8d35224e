// Complex values as Go values: in interfaces (boxing, type switches,
// assertions, == on interfaces), as map keys (+0 and -0 are one key, NaN
// never matches), in arrays and structs (==), channels, function parameters
// and results, closures, and methods on a named complex type.
package main

import (
	"fmt"
	"math"
)

type Z complex128

func (z Z) Abs2() float64 { return real(z)*real(z) + imag(z)*imag(z) }

func (z *Z) Conj() { *z = Z(complex(real(*z), -imag(*z))) }

type Abs2er interface{ Abs2() float64 }

type pair struct {
	a complex64
	b complex128
}

func describe(v interface{}) string {
	switch x := v.(type) {
	case complex64:
		return fmt.Sprint("complex64 ", x)
	case complex128:
		return fmt.Sprint("complex128 ", x)
	case Z:
		return fmt.Sprint("Z ", x, " ", x.Abs2())
	case float64:
		return fmt.Sprint("float64 ", x)
	}
	return "other"
}

func polar(r, theta float64) (complex128, bool) {
	return complex(r*math.Cos(theta), r*math.Sin(theta)), r >= 0
}

func sum(zs ...complex64) (s complex64) {
	for _, z := range zs {
		s += z
	}
	return
}

func main() {
	var e1, e2 interface{} = 1 + 2i, complex64(1 + 2i)
	fmt.Println(describe(e1), describe(e2), describe(Z(3i)), describe(1.5))
	fmt.Println(e1 == e2, e1 == interface{}(complex(1, 2)), e2 == interface{}(complex64(1+2i)))
	nan := complex(math.NaN(), 0)
	var en interface{} = nan
	fmt.Println(en == en, en != en)
	c, ok := e1.(complex128)
	_, bad := e1.(complex64)
	fmt.Println(c, ok, bad)

	var a Abs2er = Z(3 + 4i)
	fmt.Println(a.Abs2())
	z := Z(1 + 1i)
	z.Conj()
	fmt.Println(z)

	m := map[complex128]int{}
	m[0] = 1
	m[complex(math.Copysign(0, -1), 0)]++
	m[complex(0, math.Copysign(0, -1))]++
	m[nan] = 5
	m[nan] = 6
	m[1i] = 7
	fmt.Println(len(m), m[0], m[1i], m[nan])
	delete(m, nan)
	fmt.Println(len(m))
	m64 := map[complex64]string{1: "a", 1i: "b"}
	m64[complex(float32(1), 0)] += "c"
	fmt.Println(len(m64), m64[1], m64[1i])
	mi := map[interface{}]int{1 + 2i: 1, complex64(1 + 2i): 2}
	mi[complex(1, 2)] += 10
	fmt.Println(len(mi), mi[1+2i], mi[complex64(1+2i)])

	p1, p2 := pair{1i, 2}, pair{1i, 2}
	fmt.Println(p1 == p2, p1 != pair{1, 2}, [3]complex128{1, 2, 3} == [3]complex128{1, 2, 3})
	big1 := [20]complex128{19: 1i}
	big2 := big1
	fmt.Println(big1 == big2)
	big2[19] = complex(0, math.Copysign(1, 1))
	big2[0] = complex(math.Copysign(0, -1), 0)
	fmt.Println(big1 == big2)
	big2[5] = nan
	fmt.Println(big1 == big2)

	ch := make(chan complex64, 2)
	go func() { ch <- 1 + 1i; ch <- sum(1, 2i, 3) }()
	fmt.Println(<-ch, <-ch)
	r, pos := polar(2, 0)
	fmt.Println(r, pos)
	fmt.Println(sum(), sum(1i, 1i))

	acc := 0i
	add := func(d complex128) { acc += d }
	add(1)
	add(2i)
	fmt.Println(acc)
	zs := []complex128{3, 1i}
	zs = append(zs, acc)
	copy(zs, zs[1:])
	fmt.Println(zs, len(zs))
	ptr := new(complex64)
	*ptr = 5i
	*ptr *= *ptr
	fmt.Println(*ptr)
}
