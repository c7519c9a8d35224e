// Package ex has example functions whose outputs go test checks: go/doc's
// rules for the last comment of the body (one line, several, unordered,
// empty, none: not run; a wrong one fails; comment markers inside the
// output comment and literals that look like comments).
package ex

func Hello() string { return "hello" }
