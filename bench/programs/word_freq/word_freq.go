// Word frequencies: generate 20,000 words of text from a fixed seed, split
// it (strings.Fields), normalise each word (strings.ToLower, strings.Trim),
// count in a map[string]int, then sort the distinct words by count and name
// (sort.Slice) and checksum the top 20. Allocation-heavy: a string per
// word, the map's growth, the slice of pairs and sort.Slice's closure.
package word_freq

import (
	"sort"
	"strconv"
	"strings"
)

var vocabulary = []string{"The", "quick", "brown", "fox", "jumps", "over", "lazy", "dog",
	"Go", "escape", "analysis", "heap", "stack", "pointer", "value", "interface",
	"closure", "goroutine", "channel", "slice", "map", "string", "builder", "buffer"}

//go:noinline
func makeText(words int) string {
	var sb strings.Builder
	seed := uint32(12345)
	for i := 0; i < words; i++ {
		seed = seed*1103515245 + 12345
		k := int(seed>>16) % (len(vocabulary) + 8)
		if k < len(vocabulary) {
			sb.WriteString(vocabulary[k])
		} else {
			sb.WriteString("w" + strconv.Itoa(int(seed>>20)%97))
		}
		if i%11 == 10 {
			sb.WriteString(".\n")
		} else {
			sb.WriteByte(' ')
		}
	}
	return sb.String()
}

type wordCount struct {
	word  string
	count int
}

//go:noinline
func countWords(text string) []wordCount {
	counts := make(map[string]int)
	for _, f := range strings.Fields(text) {
		w := strings.ToLower(strings.Trim(f, ".,"))
		counts[w]++
	}
	list := make([]wordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, wordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	return list
}

//go:noinline
func topChecksum(words int) int {
	list := countWords(makeText(words))
	sum := len(list)
	for i := 0; i < 20 && i < len(list); i++ {
		sum += list[i].count*(i+1) + len(list[i].word)
	}
	return sum
}
