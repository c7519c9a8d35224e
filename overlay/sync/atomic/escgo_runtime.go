// This file is escgo's own: it binds the two bodyless functions of
// sync/atomic's value.go (Value.Store and Swap pin the goroutine while they
// publish a first value) to escgo's C runtime, runtime/syncrt.c. Under gc,
// package runtime provides them by //go:linkname from its side (proc.go).
// The other bodyless functions (doc.go's, assembly under gc) get their
// bodies from escgo's code generator: compiler/codegen/atomic.c.

package atomic

import _ "unsafe" // for go:linkname

//go:linkname runtime_procPin escgo_procPin
//go:linkname runtime_procUnpin escgo_procUnpin
