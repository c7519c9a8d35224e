package main

import (
	"fmt"
	"math/rand"
)

func main() {
	rand.Seed(42)
	fmt.Println(rand.Intn(100), rand.Intn(100), rand.Intn(100))
	fmt.Println(rand.Int63(), rand.Int31(), rand.Uint32())
	fmt.Println(rand.Int(), rand.Int63n(1000000), rand.Int31n(10))
	fmt.Printf("%.6f %.6f\n", rand.Float64(), rand.Float64())
	fmt.Println(rand.Perm(10))
	xs := []string{"a", "b", "c", "d", "e", "f"}
	rand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)
	rand.Seed(7)
	a := rand.Intn(1000)
	rand.Seed(7)
	b := rand.Intn(1000)
	fmt.Println(a == b, a)
	counts := make([]int, 5)
	for i := 0; i < 1000; i++ {
		counts[rand.Intn(5)]++
	}
	fmt.Println(counts)
}
