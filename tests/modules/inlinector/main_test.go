package main

import "testing"

// gc inlines geom.NewCircle into Area, so the circle is Area's own stack
// variable: no allocation. The same must hold under escgo.
func TestAreaAllocatesNothing(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { sink = Area(3) }); n != 0 {
		t.Fatalf("Area allocates %v times per call, want 0", n)
	}
}

func TestKeptAllocates(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { Kept(3) }); n != 1 {
		t.Fatalf("Kept allocates %v times per call, want 1", n)
	}
}

var sink float64

func BenchmarkArea(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sink = Area(float64(i))
	}
}
