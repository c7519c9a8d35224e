// Unbounded recursion overflows the stack and dies as gc's program does,
// at every optimisation level: LLVM must not turn f(n+1) + 1 into a loop
// (it did, and the program spun forever at -O2).
package main

import "fmt"

func f(n int) int { return f(n+1) + 1 }

func main() {
	fmt.Println("start")
	fmt.Println(f(0))
}
