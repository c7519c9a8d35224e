// encoding/hex compiled from Go 1.19's source (with io from source too).
package main

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"io"
	"os"
)

// reader is an io.Reader of the program's own (the C runtime's bytes.Buffer
// has no Read method yet).
type reader struct{ b []byte }

func (r *reader) Read(p []byte) (int, error) {
	if len(r.b) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.b)
	r.b = r.b[n:]
	return n, nil
}

func main() {
	src := []byte("Hello Gopher! \x00\xff")
	dst := make([]byte, hex.EncodedLen(len(src)))
	n := hex.Encode(dst, src)
	fmt.Println(n, string(dst))
	s := hex.EncodeToString([]byte("escape"))
	fmt.Println(s)
	b, err := hex.DecodeString(s)
	fmt.Printf("%s %v\n", b, err)
	_, err = hex.DecodeString("abz1")
	fmt.Println(err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err, err == hex.ErrLength)
	out := make([]byte, 4)
	n, err = hex.Decode(out, []byte("DEADbeef"))
	fmt.Println(n, out, err)
	fmt.Print(hex.Dump([]byte("The quick brown fox jumps over the lazy dog.")))
	d := hex.Dumper(os.Stdout)
	d.Write([]byte{1, 2, 3})
	d.Write([]byte("abcdefghijklmnopqrs"))
	d.Close()
	var buf bytes.Buffer
	e := hex.NewEncoder(&buf)
	e.Write([]byte{0xca, 0xfe})
	fmt.Println(buf.String())
	r := hex.NewDecoder(&reader{buf.Bytes()})
	got := make([]byte, 8)
	n, err = r.Read(got)
	fmt.Println(n, got[:n], err)
	n, err = r.Read(got)
	fmt.Println(n, err)
}
