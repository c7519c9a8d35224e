// Lab 07 solution: measure first, Grow once, write into one buffer.
package join

import "strings"

// Join returns the words separated by sep.
func Join(words []string, sep string) string {
	if len(words) == 0 {
		return ""
	}
	n := len(sep) * (len(words) - 1)
	for _, w := range words {
		n += len(w)
	}
	var b strings.Builder
	b.Grow(n)
	for i, w := range words {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(w)
	}
	return b.String()
}
