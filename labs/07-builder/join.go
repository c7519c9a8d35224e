// Lab 07: join words with one allocation instead of one per word.
package join

// Join returns the words separated by sep.
func Join(words []string, sep string) string {
	s := ""
	for i, w := range words {
		if i > 0 {
			s += sep
		}
		s += w
	}
	return s
}
