// bytes compiled from Go 1.19's source (no longer a C table): the real
// bytes.Buffer, an io.Reader and io.Writer (fmt.Fprintf writes into it
// through its Write method, io.Copy reads from it), its panics, and the
// slice functions with their Unicode cases.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

func buffer() {
	var b bytes.Buffer
	b.Write([]byte("hello"))
	b.WriteString(", ")
	b.WriteByte('w')
	n, err := b.WriteRune('ö')
	fmt.Println(n, err, b.Len(), b.String())
	fmt.Fprintf(&b, " %d-%s-%.2f", 42, "x", 3.14159)
	fmt.Println(b.String())

	p := make([]byte, 4)
	n, err = b.Read(p)
	fmt.Printf("%d %v %q %q\n", n, err, p[:n], b.String())
	line, err := b.ReadString(' ')
	fmt.Printf("%q %v\n", line, err)
	fmt.Printf("%q %q\n", b.Next(3), b.Bytes())
	rest, err := b.ReadString('#')
	fmt.Printf("%q %v %d\n", rest, err, b.Len())
	n, err = b.Read(p)
	fmt.Println(n, err, err == io.EOF)

	b.Reset()
	b.WriteString("abcdef")
	b.Truncate(3)
	fmt.Println(b.String(), b.Len())
	b.Grow(100)
	fmt.Println(b.Cap() >= 103, b.String())
	c, _ := b.ReadByte()
	r, size, _ := b.ReadRune()
	fmt.Println(string(c), string(r), size, b.UnreadRune(), b.String())

	nb := bytes.NewBufferString("line1\nline2\n")
	var sb strings.Builder
	copied, err := io.Copy(&sb, nb)
	fmt.Printf("%d %v %q %d\n", copied, err, sb.String(), nb.Len())
	from := new(bytes.Buffer)
	got, err := from.ReadFrom(strings.NewReader("read from a reader"))
	fmt.Println(got, err, from.String())
	var to strings.Builder
	wrote, err := from.WriteTo(&to)
	fmt.Println(wrote, err, to.String(), from.Len())

	var w io.Writer = bytes.NewBuffer(make([]byte, 0, 8))
	fmt.Fprintln(w, "via", "io.Writer", 1.5)
	fmt.Print(w.(*bytes.Buffer).String())
	var nilbuf *bytes.Buffer
	fmt.Println(nilbuf.String())
}

func truncatePanic() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var b bytes.Buffer
	b.WriteString("ab")
	b.Truncate(5)
}

func funcs() {
	s := []byte("  Hello, Wörld of bytes  ")
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Fields(s))
	fmt.Printf("%s|%s|%s\n", bytes.Title([]byte("hello wörld")), bytes.ToUpper(s), bytes.ToLower(s))
	fmt.Printf("%s|%s\n", bytes.Repeat([]byte("ab"), 3), bytes.TrimSpace(s))
	fmt.Println(bytes.Index(s, []byte("of")), bytes.Index(s, []byte("zz")), bytes.IndexByte(s, 'W'), bytes.LastIndex(s, []byte("o")))
	fmt.Println(bytes.Contains(s, []byte("Wörld")), bytes.Contains(s, []byte("world")), bytes.ContainsRune(s, 'ö'))
	fmt.Println(bytes.EqualFold([]byte("Straße"), []byte("STRASSE")), bytes.EqualFold([]byte("Gö"), []byte("GÖ")))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")), bytes.Compare(nil, []byte{}))
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.HasPrefix(s, []byte("  He")), bytes.HasSuffix(s, []byte("s  ")))
	fmt.Printf("%s %q\n", bytes.Join([][]byte{[]byte("a"), []byte("b")}, []byte("-")), bytes.TrimSpace([]byte("   ")))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune { return r + 1 }, []byte("HAL")))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, found)
	rd := bytes.NewReader([]byte("reader"))
	q := make([]byte, 3)
	rd.Read(q)
	fmt.Println(string(q), rd.Len())
	fmt.Println(errors.Is(bytes.ErrTooLarge, bytes.ErrTooLarge), bytes.MinRead)
}

func main() {
	buffer()
	truncatePanic()
	funcs()
}
