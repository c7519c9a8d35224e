// go test -bench=. -benchmem -run=^$
package demo

import (
    "bytes"
    "strconv"
    "strings"
    "testing"
)

func BenchmarkConcat_Plus(b *testing.B) {
    s := ""
    for i := 0; i < b.N; i++ {
        s += strconv.Itoa(i)
    }
    _ = s
}

func BenchmarkConcat_Buffer(b *testing.B) {
    var buf bytes.Buffer
    for i := 0; i < b.N; i++ {
        buf.WriteString(strconv.Itoa(i))
    }
    _ = buf.String()
}

func BenchmarkConcat_Builder(b *testing.B) {
    var sb strings.Builder
    for i := 0; i < b.N; i++ {
        sb.WriteString(strconv.Itoa(i))
    }
    _ = sb.String()
}
