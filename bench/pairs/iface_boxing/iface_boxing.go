// Seeds 000/001 "interface{} 动态类型逃逸" and 002 §2.5: a value converted to an
// interface whose method is called through the interface leaks (the callee
// is unknown), so the boxed copy goes to the heap. Calling through the
// concrete type needs no box.
package iface_boxing

type Shape interface {
	Area() int
}

type Rect struct {
	W, H int
}

func (r Rect) Area() int { return r.W * r.H }

//go:noinline
func areaIface(s Shape) int { return s.Area() }

//go:noinline
func areaConcrete(r Rect) int { return r.Area() }

//go:noinline
func boxAny(r Rect) interface{} { return r }
