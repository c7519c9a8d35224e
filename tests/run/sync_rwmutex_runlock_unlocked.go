// RUnlock of an RWMutex no reader holds is a fatal error, as under gc.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("read once")
	rw.RUnlock()
}
