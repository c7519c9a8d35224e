// sync/atomic.Pointer[T]: a generic type of another package, instantiated
// here (as gc stencils it in the importer), its methods inlined as gc does.
package main

import (
	"fmt"
	"sync/atomic"
)

type cfg struct{ gen int }

func main() {
	var p atomic.Pointer[cfg]
	fmt.Println(p.Load() == nil)
	p.Store(&cfg{1})
	old := p.Swap(&cfg{2})
	fmt.Println(old.gen, p.Load().gen, p.CompareAndSwap(old, &cfg{3}), p.Load().gen)
}
