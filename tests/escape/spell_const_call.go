// errorcheck -0 -m -l

// A constant made by a builtin call is spelled as the source wrote it,
// parentheses included, as gc keeps a constant's original expression:
// len(("x" + "a")), not len("x" + "a").

package escape

import "fmt"

const k = "ab"

func f() {
	fmt.Println(len(("x" + "a")), cap([3]int{}), len(k+"c")) // ERROR "\.\.\. argument does not escape$" "len\(\(\"x\" \+ \"a\"\)\) escapes to heap$" "cap\(\[3\]int{}\) escapes to heap$" "len\(k \+ \"c\"\) escapes to heap$"
}
