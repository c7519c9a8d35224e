// Unlocking an unlocked sync.Mutex is a fatal error (not a panic: recover
// cannot stop it), printed by sync's own fatal hook (runtime/syncrt.c).
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() { fmt.Println("never: fatal errors are not recovered", recover()) }()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocked once")
	mu.Unlock()
}
