// Found by difftest (scripts/difftest): an inlined call gc replaces by its
// result variable ~R0 keeps the parentheses of an operand when the source
// had them too: *(pint(v)) is spelled *(~R0), as *pint(v) is. Its -m output
// (inlining on) is difftest_inline_spell.minl, from gc 1.19.
package main

import "fmt"

func pint(x int) *int { return &x }

type T struct{ n int }

func mk(n int) *T { return &T{n: n} }

func main() {
	v := 3
	fmt.Println(*(pint(v)))
	fmt.Println(*pint(v + 1))
	fmt.Println((mk(v)).n, (*(mk(5))).n)
}
