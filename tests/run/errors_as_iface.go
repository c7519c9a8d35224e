package main

import (
	"errors"
	"fmt"
	"strconv"
)

type temporary interface {
	Temporary() bool
}

type netErr struct{ msg string }

func (e netErr) Error() string   { return "net: " + e.msg }
func (e netErr) Temporary() bool { return true }

type codeErr struct{ code int }

func (e *codeErr) Error() string { return fmt.Sprintf("code %d", e.code) }
func (e *codeErr) Is(target error) bool {
	t, ok := target.(*codeErr)
	return ok && t.code == e.code
}

func main() {
	var err error = fmt.Errorf("wrapped: %w", netErr{"timeout"})
	var t temporary
	if errors.As(err, &t) {
		fmt.Println("temporary:", t.Temporary())
	}
	var ne netErr
	fmt.Println(errors.As(err, &ne), ne.msg)
	e := fmt.Errorf("op: %w", &codeErr{404})
	fmt.Println(errors.Is(e, &codeErr{404}), errors.Is(e, &codeErr{500}))
	_, perr := strconv.Atoi("x1")
	var numErr *strconv.NumError
	if errors.As(perr, &numErr) {
		fmt.Println(numErr.Func, numErr.Num, numErr.Err)
	}
	fmt.Println(errors.Is(perr, strconv.ErrSyntax), errors.Is(perr, strconv.ErrRange))
	_, perr = strconv.Atoi("99999999999999999999")
	fmt.Println(errors.Is(perr, strconv.ErrRange), perr)
}
