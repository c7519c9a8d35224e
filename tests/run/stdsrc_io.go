// The io package compiled from Go 1.19's source: Reader and Writer
// helpers over types of the program's own and the C runtime's.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
)

type slowReader struct {
	data []byte
}

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p[:1], r.data)
	r.data = r.data[n:]
	return n, nil
}

type digits struct{}

func (digits) ReadAt(p []byte, off int64) (int, error) {
	const s = "0123456789"
	if off >= int64(len(s)) {
		return 0, io.EOF
	}
	return copy(p, s[off:]), nil
}

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func main() {
	all, err := io.ReadAll(&slowReader{[]byte("read one byte at a time")})
	fmt.Printf("%q %v\n", all, err)

	var a, b bytes.Buffer
	mw := io.MultiWriter(&a, upper{&b})
	n, err := io.WriteString(mw, "multi writer\n")
	fmt.Println(n, err, a.String(), b.String())

	mr := io.MultiReader(&slowReader{[]byte("ab")}, &slowReader{[]byte("cd")})
	copied, err := io.Copy(os.Stdout, mr)
	fmt.Println("", copied, err)

	buf := make([]byte, 4)
	_, err = io.ReadFull(&slowReader{[]byte("xy")}, buf)
	fmt.Println(err, err == io.ErrUnexpectedEOF, errors.Is(err, io.ErrUnexpectedEOF))
	n, err = io.ReadAtLeast(&slowReader{[]byte("hello")}, buf, 2)
	fmt.Println(n, err, string(buf[:n]))

	lr := io.LimitReader(&slowReader{[]byte("limited reader")}, 7)
	got, _ := io.ReadAll(lr)
	fmt.Println(string(got))

	var out bytes.Buffer
	tee := io.TeeReader(&slowReader{[]byte("tee")}, &out)
	io.Copy(io.Discard, tee)
	fmt.Println(out.String())

	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through a pipe")
		pw.Close()
	}()
	piped, err := io.ReadAll(pr)
	fmt.Println(string(piped), err)

	sr := io.NewSectionReader(digits{}, 2, 5)
	sec := make([]byte, 10)
	n, err = sr.ReadAt(sec, 1)
	fmt.Println(n, err, string(sec[:n]), sr.Size())
	var w io.Writer = upper{os.Stdout}
	fmt.Fprintf(w, "%d %s\n", 42, "done")
}
