// Package words is a small package whose tests use what Go's own testing
// package gives (escgo compiles it from Go's source): parallel subtests,
// Cleanup, TempDir, Setenv, Helper, a fuzz test's seeds, and a skip.
package words

import "strings"

// Count returns the number of words in s.
func Count(s string) int { return len(strings.Fields(s)) }

// Upper returns s in upper case.
func Upper(s string) string { return strings.ToUpper(s) }
