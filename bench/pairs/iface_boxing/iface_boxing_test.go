package iface_boxing

import "testing"

var sink int

func BenchmarkInterfaceBoxing(b *testing.B) {
	t := 0
	for i := 0; i < b.N; i++ {
		t += areaIface(Rect{W: i, H: 3})
	}
	sink = t
}

func BenchmarkConcreteType(b *testing.B) {
	t := 0
	for i := 0; i < b.N; i++ {
		t += areaConcrete(Rect{W: i, H: 3})
	}
	sink = t
}

// The empty interface: returning a struct as interface{} boxes it.
func BenchmarkEmptyInterfaceReturn(b *testing.B) {
	t := 0
	for i := 0; i < b.N; i++ {
		t += boxAny(Rect{W: i, H: 3}).(Rect).W
	}
	sink = t
}

func TestSame(t *testing.T) {
	if areaIface(Rect{2, 3}) != areaConcrete(Rect{2, 3}) {
		t.Fatal("results differ")
	}
}
