// Package nilsub's tests panic: a nil pointer dereference in a subtest.
package nilsub

type Point struct{ X, Y int }

func (p *Point) Sum() int { return p.X + p.Y }
