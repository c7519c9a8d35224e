// Package lib exports what export data must carry: exact constants of every
// kind, named, recursive, embedded, aliased and unexported types, methods on
// values and pointers, and functions whose escape tags decide main's verdicts.
package lib

import (
	"strings"

	"example.com/exportdata/lib/base"
)

const (
	Big           = 1 << 100
	Small         = Big >> 98
	Third         = 1.0 / 3
	Name          = "tab\there \"q\" \xff"
	Imag          = 2 + 3i
	Pi    float64 = 3.14159
)

type Level int

const (
	Low Level = iota
	High
)

func (l Level) String() string {
	if l == High {
		return "high"
	}
	return "low"
}

type Node struct {
	Val  int
	Next *Node
	Kids []*Node
	meta map[string]*Node
}

type Stack struct {
	base.Counter
	items []*Node
}

func (s *Stack) Push(n *Node) {
	s.items = append(s.items, n)
	s.Inc()
}

func (s *Stack) Top() *Node {
	if len(s.items) == 0 {
		return nil
	}
	return s.items[len(s.items)-1]
}

var kept *int

func Identity(p *int) *int { return p }
func Keep(p *int)          { kept = p }
func Deref(pp **int) int   { return **pp }
func Content(s []*int) {
	for _, p := range s {
		kept = p
	}
}
func NewNode(v int) *Node      { return &Node{Val: v} }
func Join(xs ...string) string { return strings.Join(xs, ",") }
func Second(a, b *int) *int    { return b }

type hidden struct{ n int }

func (h *hidden) N() int   { return h.n }
func Hidden(n int) *hidden { return &hidden{n} }

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{ S float64 }

func (q Sq) Area() float64 { return q.S * q.S }
func (q Sq) Name() string  { return "sq" }

type Alias = Sq
type Handler func(*Node) bool
type Ch chan<- *Node

var Default = &Node{Val: 7}
var Count int

func Apply(h Handler, n *Node) bool { return h(n) }

func init() { Count = 1 }

// Base's m is lib's own name: a type of another package that embeds Base
// and declares an m of its own still has lib's m, and satisfies Hider.
type Base struct{}

func (Base) m() string { return "lib.m" }

type Hider interface{ m() string }

func CallM(h Hider) string { return h.m() }
