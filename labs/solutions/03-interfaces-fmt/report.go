// Lab 03 solution: no interface on the way, so no boxing and no leak of sb.
package report

import (
	"strconv"
	"strings"
)

// line appends "name=value;" to sb.
func line(sb *strings.Builder, name string, value int) {
	var digits [20]byte
	sb.WriteString(name)
	sb.WriteByte('=')
	sb.Write(strconv.AppendInt(digits[:0], int64(value), 10))
	sb.WriteByte(';')
}

// Render returns "a=1;b=2;..." for the names and values, in order.
func Render(names []string, values []int) string {
	var sb strings.Builder
	sb.Grow(256)
	for i := range names {
		line(&sb, names[i], values[i])
	}
	return sb.String()
}
