// errorcheck -0 -m -l

// Found by difftest (scripts/difftest): a constant expression is spelled
// as the source writes it (irgen keeps types2's syntax.String of it), its
// inner parentheses kept even where precedence does not need them, the
// outer ones dropped.

package main

import "fmt"

func main() {
	fmt.Println(((5 | 4) ^ (0 | 9)), (1+2)*3, ((7)), 2*(3+4)) // ERROR "\.\.\. argument does not escape$" "\(5 \| 4\) \^ \(0 \| 9\) escapes to heap$" "\(1 \+ 2\) \* 3 escapes to heap$" "7 escapes to heap$" "2 \* \(3 \+ 4\) escapes to heap$"
	x := 4
	fmt.Println(x * (1 + 2), x+(3-1)) // ERROR "\.\.\. argument does not escape$" "x \* \(1 \+ 2\) escapes to heap$" "x \+ \(3 - 1\) escapes to heap$"
}
