package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type counter struct {
	n     int
	lines []string
}

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.lines = append(c.lines, strings.TrimSpace(string(p)))
	return len(p), nil
}

func emit(w io.Writer, name string) {
	fmt.Fprintf(w, "hello %s\n", name)
}

func main() {
	var sb strings.Builder
	var bb bytes.Buffer
	c := &counter{}
	emit(&sb, "builder")
	emit(&bb, "buffer")
	emit(c, "counter")
	emit(os.Stdout, "stdout")
	fmt.Fprintln(c, "second", 2)
	fmt.Print(sb.String(), bb.String())
	fmt.Println(c.n, c.lines)
	var w io.Writer = &bb
	fmt.Fprint(w, "x", 1, 2, "y")
	fmt.Println(bb.String())
}
