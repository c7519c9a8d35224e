package main

import (
	"errors"
	"fmt"
)

var errNotFound = errors.New("not found")

// 2.10 fmt.Sprintf / fmt.Errorf 等格式化：常伴随装箱与分配，容易触发逃逸。
func describe(id int, name string) string {
	return fmt.Sprintf("user %d: %s", id, name)
}

func lookup(id int) error {
	return fmt.Errorf("lookup user %d: %w", id, errNotFound)
}

func main() {
	fmt.Println(describe(42, "Alice"))
	err := lookup(7)
	fmt.Println(err)
	fmt.Println(errors.Is(err, errNotFound))
}
