// Lab 02 solution: values instead of pointers; nothing outlives a call.
package vec

type Vec struct{ X, Y, Z float64 }

//go:noinline
func NewVec(x, y, z float64) Vec {
	return Vec{X: x, Y: y, Z: z}
}

//go:noinline
func (v Vec) Add(o Vec) Vec {
	return NewVec(v.X+o.X, v.Y+o.Y, v.Z+o.Z)
}

// SumVecs adds the vectors (i, 2i, 3i) for i in [0, n) and returns the
// sum of the result's components.
func SumVecs(n int) float64 {
	acc := NewVec(0, 0, 0)
	for i := 0; i < n; i++ {
		f := float64(i)
		acc = acc.Add(NewVec(f, 2*f, 3*f))
	}
	return acc.X + acc.Y + acc.Z
}
