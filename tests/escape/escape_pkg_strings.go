// errorcheck -0 -m -l

// strings: searching does not retain its arguments; Trim*/ToUpper/Replace
// may return their argument (it flows to the result); Split and Fields
// keep substrings in a new heap slice (the string leaks); Builder's buffer
// is heap memory but the Builder itself stays on the stack.

package main

import (
	"fmt"
	"strings"
)

var sink string
var sinks []string

func search(b []byte) bool { // ERROR "b does not escape$"
	s := string(b) // ERROR "string\(b\) does not escape$"
	return strings.Contains(s, "x") || strings.HasPrefix(s, "y") || strings.Index(s, "z") > 0
}

func trimmed(b []byte) string { // ERROR "b does not escape$"
	return strings.TrimSpace(string(b)) // ERROR "string\(b\) escapes to heap$"
}

func trimLocal(b []byte) int { // ERROR "b does not escape$"
	t := strings.TrimSpace(string(b)) // ERROR "string\(b\) does not escape$"
	return len(t)
}

func upper(b []byte) { // ERROR "b does not escape$"
	sink = strings.ToUpper(string(b)) // ERROR "string\(b\) escapes to heap$"
}

func split(b []byte) []string { // ERROR "b does not escape$"
	return strings.Split(string(b), ",") // ERROR "string\(b\) escapes to heap$"
}

func fields(b []byte) int { // ERROR "b does not escape$"
	return len(strings.Fields(string(b))) // ERROR "string\(b\) escapes to heap$"
}

func join(parts []string) string { // ERROR "leaking param: parts to result ~r0 level=1$"
	return strings.Join(parts, "-")
}

func joinLocal() int {
	parts := []string{"a", "b"} // ERROR "\[\]string\{\.\.\.\} does not escape$"
	return len(strings.Join(parts, "-"))
}

func builder(n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString("ab")
		sb.WriteByte('c')
		sb.WriteRune('é')
	}
	return sb.String()
}

func builderLen() int {
	var sb strings.Builder
	sb.WriteString("xyz")
	return sb.Len()
}

func builderPtr() *strings.Builder {
	sb := &strings.Builder{} // ERROR "&strings\.Builder\{\} escapes to heap$"
	sb.WriteString("p")
	return sb
}

func repeat(s string) { // ERROR "s does not escape$"
	sinks = append(sinks, strings.Repeat(s, 2))
}

func printed(s string) { // ERROR "leaking param: s$"
	fmt.Println(strings.ToLower(s), strings.Count(s, "a")) // ERROR "\.\.\. argument does not escape$" "strings\.ToLower\(s\) escapes to heap$" "strings\.Count\(s, .a.\) escapes to heap$"
}

func main() {
	search([]byte("x")) // ERROR "\(\[\]byte\)\(.x.\) does not escape$"
	trimmed(nil)
	trimLocal(nil)
	upper(nil)
	split(nil)
	fields(nil)
	join(nil)
	joinLocal()
	builder(2)
	builderLen()
	builderPtr()
	repeat("r")
	printed("p")
}
