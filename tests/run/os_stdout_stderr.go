package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1, true)
	fmt.Fprint(os.Stdout, "no newline", 2, "\n")
	n, err := fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 42)
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Stdout.WriteString("direct write\n")
	os.Stdout.Write([]byte("bytes write\n"))
	n, _ = os.Stderr.WriteString("err direct\n")
	fmt.Println(n, len(os.Args) > 0)
	var w = os.Stdout
	fmt.Fprintf(w, "%5.2f|\n", 3.14159)
}
