// strings compiled from Go 1.19's source (no longer a C table): Builder as
// fmt.Fprintf's io.Writer, Replacer (sync.Once), Reader (io), Title (unicode).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Fields(" a b  c "), strings.Split("a,b,c", ","), strings.Index("chicken", "ken"), strings.Repeat("ab", 3))
	var b strings.Builder
	b.WriteString("x=")
	fmt.Fprintf(&b, "%d", 42)
	fmt.Println(b.String(), b.Len())
	r := strings.NewReplacer("a", "1", "b", "2")
	fmt.Println(r.Replace("abc"), strings.Title("hello world"), strings.EqualFold("Go", "GO"), strings.ToUpper("héllo"))
	rd := strings.NewReader("hello")
	buf := make([]byte, 3)
	n, _ := rd.Read(buf)
	fmt.Println(n, string(buf), strings.TrimFunc("123abc456", func(r rune) bool { return r < 'a' }))
}
