// errorcheck -0 -m -l

// A devirtualized call is a method call, and gc's escape analysis rewrites
// every method call to a method expression with the method's own receiver
// type before it explains anything: T1.Get(v20.(*T1)) for a value method
// reached through a *T1 (the implicit dereference is not shown), in the
// verdict and in -m=2's flows alike (escape_devirt_value_method.m2).

package escape

import "fmt"

type I interface{ Get() int }

type T1 struct{ n int }

func (t T1) Get() int { return t.n }

type T2 struct{ n int }

func (t *T2) Get() int { return t.n } // ERROR "t does not escape$"

func f() string {
	var v19 I = T1{n: 64}  // ERROR "T1{...} does not escape$"
	var v20 I = &T1{n: 64} // ERROR "&T1{...} does not escape$"
	var v21 I = &T2{n: 64} // ERROR "&T2{...} does not escape$"
	return fmt.Sprint(v19.Get(), v20.Get(), v21.Get()) // ERROR "devirtualizing v19.Get to T1$" "devirtualizing v20.Get to \*T1$" "devirtualizing v21.Get to \*T2$" "... argument does not escape$" "T1.Get\(v19.\(T1\)\) escapes to heap$" "T1.Get\(v20.\(\*T1\)\) escapes to heap$" "\(\*T2\).Get\(v21.\(\*T2\)\) escapes to heap$"
}
