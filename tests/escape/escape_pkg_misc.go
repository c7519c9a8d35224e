// errorcheck -0 -m -l

// math, math/rand, unicode and unicode/utf8 take and return scalars or
// only read their arguments: nothing escapes through them.

package main

import (
	"math"
	"math/rand"
	"unicode"
	"unicode/utf8"
)

func hyp(a, b float64) float64 {
	return math.Sqrt(a*a+b*b) + math.Max(a, b) + math.Floor(a)
}

func count(b []byte) int { // ERROR "b does not escape$"
	return utf8.RuneCount(b) + utf8.RuneCountInString(string(b)) // ERROR "string\(b\) does not escape$"
}

func encode(r rune) int {
	buf := make([]byte, 4) // ERROR "make\(\[\]byte, 4\) does not escape$"
	return utf8.EncodeRune(buf, r)
}

func letters(s string) int { // ERROR "s does not escape$"
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

func shuffle(xs []int) { // ERROR "xs does not escape$"
	rand.Shuffle(len(xs), func(i, j int) { x, y := xs[i], xs[j]; xs[i] = y; xs[j] = x }) // ERROR "func literal does not escape$"
}

func perm() []int {
	return rand.Perm(3)
}

func main() {
	hyp(1, 2)
	count(nil)
	encode('x')
	letters("a")
	shuffle(nil)
	perm()
}
