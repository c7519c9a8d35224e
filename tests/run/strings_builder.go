package main

import (
	"fmt"
	"strings"
)

func build(n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "%d", i*i)
	}
	return sb.String()
}

func main() {
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	n, err := sb.WriteString("héllo")
	fmt.Println(n, err, sb.Len())
	sb.WriteByte(' ')
	n, _ = sb.WriteRune('世')
	fmt.Println(n)
	sb.Write([]byte("!!"))
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	sb.Grow(64)
	fmt.Println(sb.Len(), sb.Cap() >= 64)
	for i := 0; i < 5; i++ {
		sb.WriteString("ab")
	}
	fmt.Println(sb.String())
	fmt.Println(build(6))
	b := &strings.Builder{}
	b.WriteString("pointer builder")
	fmt.Println(b.String())
}
