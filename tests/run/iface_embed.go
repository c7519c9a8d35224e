package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type Buf struct{ data []string }

func (b *Buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buf) Write(s string) int { b.data = append(b.data, s); return len(s) }

func use(rw ReadWriter) {
	rw.Write("hello")
	rw.Write("world")
	var r Reader = rw
	fmt.Println(r.Read())
	var w Writer = rw
	fmt.Println(w.Write("!"))
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")
}

func main() {
	use(&Buf{})
}
