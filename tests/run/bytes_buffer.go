package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	fmt.Println(buf.Len(), buf.String() == "")
	buf.WriteString("hello")
	buf.WriteByte(',')
	buf.WriteRune('ö')
	n, err := buf.Write([]byte(" world"))
	fmt.Println(n, err, buf.Len())
	fmt.Println(buf.String())
	fmt.Printf("%q\n", buf.Bytes())
	buf.Truncate(5)
	fmt.Println(buf.String())
	buf.Reset()
	fmt.Println(buf.Len())
	buf.Grow(100)
	fmt.Fprintf(&buf, "%d+%d=%d", 2, 3, 5)
	fmt.Println(buf.String(), buf.Cap() >= 100)
	b2 := bytes.NewBufferString("init ")
	b2.WriteString("more")
	fmt.Println(b2.String(), b2.Len())
	b3 := bytes.NewBuffer([]byte("abc"))
	b3.WriteByte('d')
	fmt.Println(b3.String())
	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())
	for i := 0; i < 3; i++ {
		fmt.Fprintln(&buf, "line", i)
	}
	fmt.Print(buf.String())
}
