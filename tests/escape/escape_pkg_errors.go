// errorcheck -0 -m -l

// errors: New keeps its text; Is, As and Unwrap leak their arguments, so
// the target of errors.As is moved to the heap; fmt.Errorf's operands are
// boxed and escape like every fmt argument.

package main

import (
	"errors"
	"fmt"
	"strconv"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "my " + strconv.Itoa(e.code) } // ERROR "e does not escape$" ".my . \+ strconv\.Itoa\(e\.code\) escapes to heap$"

var ErrBase = errors.New("base")

func newErr(b []byte) error { // ERROR "b does not escape$"
	return errors.New(string(b)) // ERROR "string\(b\) escapes to heap$"
}

func wrap(err error, n int) error { // ERROR "leaking param: err$"
	return fmt.Errorf("op %d: %w", n, err) // ERROR "\.\.\. argument does not escape$" "n escapes to heap$"
}

func isBase(err error) bool { // ERROR "leaking param: err$"
	return errors.Is(err, ErrBase)
}

func asMine(err error) int { // ERROR "leaking param: err$"
	var me *MyErr // ERROR "moved to heap: me$"
	if errors.As(err, &me) {
		return me.code
	}
	return 0
}

func asIface(err error) bool { // ERROR "leaking param: err$"
	var target interface{ Error() string } // ERROR "moved to heap: target$"
	return errors.As(err, &target)
}

func unwrap(err error) error { // ERROR "leaking param: err$"
	return errors.Unwrap(err)
}

func mine(c int) error {
	return &MyErr{code: c} // ERROR "&MyErr\{\.\.\.\} escapes to heap$"
}

func main() {
	newErr(nil)
	wrap(ErrBase, 1)
	isBase(nil)
	asMine(nil)
	asIface(nil)
	unwrap(nil)
	mine(1)
}
