// text/tabwriter compiled from Go 1.19's source, writing to os.Stdout and
// to a bytes.Buffer (the C runtime's types, seen through io.Writer).
package main

import (
	"bytes"
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "name\tkind\tsize")
	fmt.Fprintln(w, "escgo\tcompiler\t12345")
	fmt.Fprintln(w, "gc\tcompiler\t1")
	fmt.Fprintln(w, "bdwgc\tcollector\t77")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tbbb\tc\t")
	fmt.Fprintln(w, "aaaa\tb\tccccc\t")
	fmt.Fprintln(w, "x\t\ty\t")
	w.Flush()

	var buf bytes.Buffer
	t := tabwriter.NewWriter(&buf, 0, 4, 0, '\t', tabwriter.TabIndent|tabwriter.DiscardEmptyColumns)
	t.Write([]byte("\tindented\tcell\n\t\tdeeper\n"))
	t.Flush()
	fmt.Printf("%q\n", buf.String())
}
