// Package report instantiates coll's generics with other type arguments
// than main's (docs/modules.md: an instance two packages both make is
// compiled once per build by escgo, in the first, where gc compiles it in
// each, so their -m output would differ).
package report

import (
	"strings"

	"example.com/xpkggeneric/coll"
)

func Shout(words ...string) []string {
	var s coll.Stack[string]
	for _, w := range words {
		s.Push(w)
	}
	var out []string
	for s.Len() > 0 {
		v, _ := s.Pop()
		out = append(out, v)
	}
	return coll.Map(out, strings.ToUpper)
}

// Not inlined: escgo cannot yet export a body that names another
// package's generic instance (docs/modules.md), so it is kept out of the
// comparison here; the type switch still needs the same type descriptors
// for coll.Pair[string, string] in both packages.
//
//go:noinline
func Describe(v any) string {
	switch p := v.(type) {
	case coll.Pair[string, string]:
		return "string pair " + p.Key
	case *coll.Pair[string, string]:
		return "pointer to string pair " + p.Key
	}
	return "other"
}

// DescribeMine describes report's own coll.Pair[string, string] values
// and main's value v (of another instance of coll.Pair).
//
//go:noinline
func DescribeMine(v any) string {
	ps := []coll.Pair[string, string]{{"x", "y"}, {Key: "z"}}
	return Describe(ps[0]) + ", " + Describe(&ps[1]) + ", " + Describe(v)
}
