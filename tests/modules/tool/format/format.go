// Package textfmt lives in directory format: its name is not its path's last element.
package textfmt

import (
	"fmt"
	"strings"
)

var initialised = trace("textfmt var")

func init() { trace("textfmt init") }

func trace(s string) bool {
	fmt.Println("init:", s)
	return true
}

// Shape is implemented in other packages.
type Shape interface {
	Name() string
	Area() float64
}

type Table struct {
	rows []string
}

func (t *Table) Add(s Shape) {
	t.rows = append(t.rows, fmt.Sprintf("%-8s %6.2f", s.Name(), s.Area()))
}

func (t *Table) String() string { return strings.Join(t.rows, "\n") }

func Banner(title string) string {
	return strings.Repeat("=", len(title)) + "\n" + title
}
