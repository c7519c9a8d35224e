// A program importing standard packages escgo compiles from Go's source:
// strings, unicode, io, container/list (and what they import).
package main

import (
	"container/list"
	"fmt"
	"io"
	"strings"
	"unicode"
)

func main() {
	l := list.New()
	for _, w := range strings.Fields("the quick brown fox") {
		l.PushBack(strings.ToUpper(w))
	}
	var b strings.Builder
	for e := l.Front(); e != nil; e = e.Next() {
		b.WriteString(e.Value.(string))
	}
	data, _ := io.ReadAll(strings.NewReader(b.String()))
	fmt.Println(string(data), unicode.IsUpper(rune(data[0])))
}
