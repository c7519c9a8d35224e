package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func main() {
	rand.Seed(2023)
	deck := make([]int, 20)
	for i := range deck {
		deck[i] = i
	}
	rand.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)
	p := rand.Perm(8)
	fmt.Println(p)
	sort.Ints(p)
	fmt.Println(p)
	hist := [3]int{}
	for i := 0; i < 300; i++ {
		hist[rand.Intn(3)]++
	}
	fmt.Println(hist, rand.Int63n(1<<40), rand.Int31n(1000), rand.Uint64())
}
