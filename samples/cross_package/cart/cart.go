// Package cart is compiled before main, on its own. Its escape analysis
// gives every function a summary of what it does with each parameter (gc's
// escape tags); main's analysis reads those summaries instead of looking
// into cart's code again.
package cart

type Item struct {
	Name  string
	Price int
}

type Cart struct{ items []Item }

// New returns a pointer to a Cart it allocates: here, in package cart, that
// Cart escapes to the heap ("&Cart{} escapes to heap").
func New() *Cart { return &Cart{} }

// Total only reads the items: its summary is "items does not escape", so a
// caller's slice literal can stay on the caller's stack.
func Total(items []Item) int {
	t := 0
	for _, it := range items {
		t += it.Price
	}
	return t
}

var last *Item

// Remember keeps the pointer in a package variable: "leaking param: it".
// Whatever a caller passes in must live on the heap.
func Remember(it *Item) { last = it }

func Last() *Item { return last }

// Add's receiver keeps nothing of c but appends to c.items: "leaking param
// content: c" (the slice's backing array is reachable from the heap).
func (c *Cart) Add(it Item) { c.items = append(c.items, it) }

func (c *Cart) Len() int { return len(c.items) }
