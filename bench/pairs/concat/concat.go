// Seed 003 基准示例 and 002 §2.9: building a string from 32 pieces with `+`
// (a new string each step), strings.Builder, a pre-grown strings.Builder,
// and bytes.Buffer.
package concat

import (
	"bytes"
	"strings"
)

var pieces = []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}

const rounds = 32

//go:noinline
func concatPlus() string {
	s := ""
	for i := 0; i < rounds; i++ {
		s += pieces[i%len(pieces)]
	}
	return s
}

//go:noinline
func concatBuilder() string {
	var sb strings.Builder
	for i := 0; i < rounds; i++ {
		sb.WriteString(pieces[i%len(pieces)])
	}
	return sb.String()
}

//go:noinline
func concatBuilderGrow() string {
	var sb strings.Builder
	sb.Grow(256)
	for i := 0; i < rounds; i++ {
		sb.WriteString(pieces[i%len(pieces)])
	}
	return sb.String()
}

//go:noinline
func concatBuffer() string {
	var buf bytes.Buffer
	for i := 0; i < rounds; i++ {
		buf.WriteString(pieces[i%len(pieces)])
	}
	return buf.String()
}
