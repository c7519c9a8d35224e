// Package buf has small inlinable functions whose bodies name their own
// parameters and locals: where an importer inlines them, gc's -m output
// qualifies those names with this package's name (buf.b, buf.m).
package buf

type Buffer struct {
	data []byte
	off  int
}

// String converts a slice expression of its receiver's fields.
func (b *Buffer) String() string { return string(b.data[b.off:]) }

// Tail converts a three-index slice; Head a local.
func (b *Buffer) Tail(n int) string { return string(b.data[b.off : b.off+n : len(b.data)]) }

func (b *Buffer) Head(n int) string {
	t := b.data[:n]
	return string(t)
}

// Trim re-slices a field into itself: gc ignores the self-assignment.
func (b *Buffer) Trim(n int) {
	if n < 0 {
		panic("buf.Trim: negative count")
	}
	m := len(b.data) - n
	b.data = b.data[:m]
}

// Boxed returns a local's address: the local moves to the heap in the caller.
func Boxed(v int) *int {
	x := v + 1
	return &x
}

// Describe boxes into an interface{}, Any into an any.
func Describe(v int) interface{} { return v }

func Any(v int) any { return v + 1 }
