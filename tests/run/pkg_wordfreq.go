package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! A quick, quick fox.`

func main() {
	clean := strings.Map(func(r rune) rune {
		if strings.ContainsRune(".,;!", r) {
			return -1
		}
		return r
	}, strings.ToLower(text))
	counts := map[string]int{}
	for _, w := range strings.Fields(clean) {
		counts[w]++
	}
	type wc struct {
		w string
		c int
	}
	var list []wc
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].c != list[j].c {
			return list[i].c > list[j].c
		}
		return list[i].w < list[j].w
	})
	var sb strings.Builder
	for i, e := range list {
		if i == 5 {
			break
		}
		fmt.Fprintf(&sb, "%-6s %d\n", e.w, e.c)
	}
	fmt.Print(sb.String())
	fmt.Println(len(list), "distinct")
}
