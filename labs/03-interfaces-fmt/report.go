// Lab 03: render a report without boxing its values into interfaces.
package report

import (
	"fmt"
	"strings"
)

// line appends "name=value;" to sb.
func line(sb *strings.Builder, name string, value int) {
	fmt.Fprintf(sb, "%s=%d;", name, value)
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
