package main

import (
	"bytes"
	"fmt"
)

func main() {
	a := []byte("Hello, Gophers")
	fmt.Println(bytes.Contains(a, []byte("Go")), bytes.Contains(a, []byte("go")))
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.Equal(nil, []byte{}), bytes.Equal([]byte("x"), []byte("y")))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")), bytes.Compare(nil, nil))
	fmt.Println(bytes.Index(a, []byte("Go")), bytes.Index(a, []byte("zz")), bytes.HasPrefix(a, []byte("Hell")))
	fmt.Println(string(bytes.ToUpper(a)), string(bytes.ToLower(a)))
	fmt.Printf("%q\n", bytes.TrimSpace([]byte("  pad  ")))
	fmt.Println(string(bytes.Repeat([]byte("ab"), 3)))
}
