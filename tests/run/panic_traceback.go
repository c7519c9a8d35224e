// An uncaught panic three calls deep prints gc's traceback: each Go frame's
// function and file:line (run-tests.sh compares them with
// panic_traceback.trace, gc's, addresses and arguments masked). The calls
// are kept out of line in both compilers, whose inliners differ.
package main

import "fmt"

type account struct{ balance int }

//go:noinline
func (a *account) withdraw(n int) {
	if n > a.balance {
		panic(fmt.Sprintf("insufficient funds: %d > %d", n, a.balance))
	}
	a.balance -= n
}

//go:noinline
func pay(a *account, amounts []int) {
	for _, n := range amounts {
		a.withdraw(n)
	}
}

//go:noinline
func run() {
	a := &account{balance: 10}
	pay(a, []int{3, 4, 5})
}

func main() {
	fmt.Println("paying")
	run()
}
