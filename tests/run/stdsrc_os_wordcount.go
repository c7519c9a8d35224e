// A first real program: words from standard input (stdsrc_os_wordcount.in)
// through bufio.Scanner over os.Stdin, counted in a map, sorted with
// sort.Slice, printed with fmt.Printf. os, syscall and internal/poll
// compile from Go's source (docs/packages.md).
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	counts := map[string]int{}
	lines := 0
	for sc.Scan() {
		lines++
		for _, w := range strings.Fields(sc.Text()) {
			counts[strings.ToLower(strings.Trim(w, ".,;:!?\"'"))]++
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "read:", err)
		os.Exit(1)
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	fmt.Printf("%d lines, %d distinct words\n", lines, len(words))
	for i, w := range words {
		if i == 10 {
			break
		}
		fmt.Printf("%-6s %3d\n", w, counts[w])
	}
	// Words, one per line, back through a bufio.Writer on os.Stdout.
	bw := bufio.NewWriter(os.Stdout)
	defer bw.Flush()
	fmt.Fprintf(bw, "longest: %q\n", longest(words))
}

func longest(ws []string) string {
	best := ""
	for _, w := range ws {
		if len(w) > len(best) || len(w) == len(best) && w < best {
			best = w
		}
	}
	return best
}
