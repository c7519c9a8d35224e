// The path package compiled from Go 1.19's source: it imports
// internal/bytealg and internal/cpu, which escgo's overlay provides in Go.
package main

import (
	"fmt"
	"path"
)

func main() {
	fmt.Println(path.Join("a", "b/../c", "/d"))
	fmt.Println(path.Clean("/../a//b/./c/.."))
	fmt.Println(path.Base("/x/y.go"), path.Ext("/x/y.go"), path.Dir("/x/y.go"), path.IsAbs("/x"))
	d, f := path.Split("static/myfile.css")
	fmt.Println(d, f)
	m, err := path.Match("*.go", "main.go")
	fmt.Println(m, err)
	m, err = path.Match("a/[b-d]?/*", "a/cx/zz")
	fmt.Println(m, err)
	_, err = path.Match("[", "a")
	fmt.Println(err)
}
