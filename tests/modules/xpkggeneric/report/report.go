// Package report instantiates coll's generic functions with main's type
// arguments too (each package compiles its own copy, as gc's), and its
// generic type with others (each package that uses a type instance compiles
// its methods: tests/modules/xpkginst shares one instance between two).
package report

import (
	"strings"

	"example.com/xpkggeneric/report/coll"
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

// Both packages instantiate these: coll.Map[int,string] and coll.Max[int].
func Labels(xs []int) []string {
	return coll.Map(xs, func(i int) string { return "#" + string(rune('0'+coll.Max(i, 0))) })
}
