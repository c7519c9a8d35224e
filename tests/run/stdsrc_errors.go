// errors compiled from Go 1.19's source over escgo's internal/reflectlite
// overlay: Is with comparable and non-comparable targets and an Is method,
// As to a pointer-to-struct, a value and an interface target through a
// %w chain (fmt.Errorf's C *fmt.wrapError), Unwrap, and As's panics.
package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type codeErr struct{ code int }

func (e codeErr) Error() string { return "code " + strconv.Itoa(e.code) }

type sliceErr []string

func (e sliceErr) Error() string { return fmt.Sprint([]string(e)) }

type isAll struct{}

func (isAll) Error() string        { return "isAll" }
func (isAll) Is(target error) bool { return target == io.EOF }

type temporary interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temp" }
func (tempErr) Temporary() bool { return true }

func main() {
	base := errors.New("base")
	w1 := fmt.Errorf("layer1: %w", base)
	w2 := fmt.Errorf("layer2: %w", w1)
	fmt.Println(w2, errors.Is(w2, base), errors.Is(w2, io.EOF))
	fmt.Println(errors.Unwrap(w2) == w1, errors.Unwrap(base) == nil)

	nf := fmt.Errorf("lookup: %w", &NotFound{"alice"})
	var target *NotFound
	fmt.Println(errors.As(nf, &target), target.Name)
	var ce codeErr
	fmt.Println(errors.As(fmt.Errorf("x: %w", codeErr{7}), &ce), ce.code)
	fmt.Println(errors.As(base, &ce))

	fmt.Println(errors.Is(codeErr{3}, codeErr{3}), errors.Is(codeErr{3}, codeErr{4}))
	se := sliceErr{"a", "b"}
	fmt.Println(errors.Is(se, se), errors.Is(fmt.Errorf("w: %w", se), base))
	fmt.Println(errors.Is(isAll{}, io.EOF), errors.Is(fmt.Errorf("%w", isAll{}), io.EOF))

	var tmp temporary
	fmt.Println(errors.As(fmt.Errorf("t: %w", tempErr{}), &tmp), tmp.Temporary())
	var anyErr error
	fmt.Println(errors.As(w2, &anyErr), anyErr)
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, base), errors.As(nil, &target))

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		errors.As(base, target)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var n int
		errors.As(base, &n)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		errors.As(base, nil)
	}()
}
