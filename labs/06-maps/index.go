// Lab 06: index points by id with far fewer heap objects.
package index

type Point struct{ X, Y int }

// Index maps each id in [0, n) to the point (id, id*id).
func Index(n int) map[int]*Point {
	m := make(map[int]*Point, n)
	for i := 0; i < n; i++ {
		m[i] = &Point{X: i, Y: i * i}
	}
	return m
}

// Total sums X+Y over the index.
func Total(m map[int]*Point) int {
	t := 0
	for _, p := range m {
		t += p.X + p.Y
	}
	return t
}

// Build indexes n points and totals them.
func Build(n int) int {
	return Total(Index(n))
}
