package main

import "fmt"

func main() {
	idx := map[string][]string{}
	words := []string{"the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "then", "the", "fox", "sleeps"}
	for _, w := range words {
		first := w[:1]
		idx[first] = append(idx[first], w)
	}
	fmt.Println(idx)
	fmt.Println(len(idx["t"]), idx["q"], idx["z"] == nil)
	dat := make(map[string][]string)
	dat["BlogName"] = []string{"Kyden's Blog"}
	val := dat["BlogName"]
	fmt.Printf("%v\n", val)
}
