package main

import (
	"fmt"
	"sort"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Temps []Celsius

func (t Temps) Len() int           { return len(t) }
func (t Temps) Less(i, j int) bool { return t[i] < t[j] }
func (t Temps) Swap(i, j int)      { t[i], t[j] = t[j], t[i] }

func (t Temps) String() string {
	parts := make([]string, len(t))
	for i, c := range t {
		parts[i] = c.String()
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func main() {
	t := Temps{21.5, -3, 37, 0, 15.25}
	sort.Sort(t)
	fmt.Println(t)
	sort.Sort(sort.Reverse(t))
	fmt.Println(t)
	var s fmt.Stringer = t[0]
	fmt.Println(s, s.String())
}
