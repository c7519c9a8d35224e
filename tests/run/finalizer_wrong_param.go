// A finalizer whose parameter the object's type is not assignable to is a
// fatal error, in gc's words; so is setting a second finalizer.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ n int }
type U struct{ n int }

type Stringer interface{ String() string }

func (t *T) String() string { return fmt.Sprint(t.n) }

func main() {
	t := &T{1}
	runtime.SetFinalizer(t, func(s Stringer) {})   // *T implements Stringer
	runtime.SetFinalizer(t, nil)
	runtime.SetFinalizer(t, func(*T) {})
	runtime.SetFinalizer(t, nil)
	fmt.Println("accepted")
	runtime.SetFinalizer(t, func(u *U) {})
	fmt.Println("not reached")
}
