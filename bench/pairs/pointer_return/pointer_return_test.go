package pointer_return

import "testing"

var sink int64

func BenchmarkPointerReturn(b *testing.B) {
	var t int64
	for i := 0; i < b.N; i++ {
		p := getFooPointer(int64(i))
		t += p.a[0] + p.a[39]
	}
	sink = t
}

func BenchmarkValueReturn(b *testing.B) {
	var t int64
	for i := 0; i < b.N; i++ {
		v := getFooValue(int64(i))
		t += v.a[0] + v.a[39]
	}
	sink = t
}

func TestSame(t *testing.T) {
	if getFooPointer(3).a[39] != getFooValue(3).a[39] {
		t.Fatal("results differ")
	}
}
