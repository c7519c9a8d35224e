package main

import (
	"fmt"
	"math/rand"
)

func main() {
	// Go 1.19 seeds the global source with 1 unless Seed is called.
	fmt.Println(rand.Intn(1000), rand.Intn(1000), rand.Int())
	fmt.Printf("%.4f\n", rand.Float64())
	rand.Seed(1)
	fmt.Println(rand.Intn(1000))
	rand.Seed(0)
	fmt.Println(rand.Intn(1000), rand.Uint64())
	rand.Seed(-5)
	fmt.Println(rand.Int63())
}
