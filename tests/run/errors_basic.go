package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type MyErr struct {
	Code int
}

func (e *MyErr) Error() string { return "my error " + strconv.Itoa(e.Code) }

func find(k string) error {
	if k == "" {
		return ErrNotFound
	}
	if k == "bad" {
		return &MyErr{Code: 42}
	}
	return nil
}

func main() {
	e1 := errors.New("boom")
	e2 := errors.New("boom")
	fmt.Println(e1, e1 == e2, e1 == e1)
	fmt.Printf("%v|%s|%q|%T\n", e1, e1, e1, e1)
	w := fmt.Errorf("lookup %q: %w", "key", ErrNotFound)
	fmt.Println(w)
	fmt.Printf("%T\n", w)
	fmt.Println(errors.Is(w, ErrNotFound), errors.Is(w, e1), errors.Unwrap(w) == ErrNotFound)
	w2 := fmt.Errorf("outer: %w", w)
	fmt.Println(w2, errors.Is(w2, ErrNotFound), errors.Unwrap(errors.Unwrap(w2)) == ErrNotFound)
	fmt.Println(errors.Unwrap(e1) == nil)
	plain := fmt.Errorf("no wrap %d", 7)
	fmt.Println(plain, errors.Unwrap(plain) == nil)
	err := find("bad")
	var me *MyErr
	if errors.As(fmt.Errorf("ctx: %w", err), &me) {
		fmt.Println("as:", me.Code, me)
	}
	fmt.Println(errors.As(ErrNotFound, &me))
	fmt.Println(find("ok") == nil, find("") == ErrNotFound)
	twoW, notErrW := "two %w %w", "num %w"
	bad := fmt.Errorf(twoW, e1, e2)
	fmt.Println(bad)
	notErr := fmt.Errorf(notErrW, 5)
	fmt.Println(notErr)
}
