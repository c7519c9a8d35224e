package big_struct

import "testing"

var sink int

func BenchmarkBigArgPointer(b *testing.B) {
	var x big
	t := 0
	for i := 0; i < b.N; i++ {
		x.buf[511] = byte(i)
		t += sumByPointer(&x)
	}
	sink = t
}

func BenchmarkBigArgValue(b *testing.B) {
	var x big
	t := 0
	for i := 0; i < b.N; i++ {
		x.buf[511] = byte(i)
		t += sumByValue(x)
	}
	sink = t
}

func BenchmarkBigReturnPointer(b *testing.B) {
	t := 0
	for i := 0; i < b.N; i++ {
		t += int(retPtr(byte(i)).buf[0])
	}
	sink = t
}

func BenchmarkBigReturnValue(b *testing.B) {
	t := 0
	for i := 0; i < b.N; i++ {
		v := retVal(byte(i))
		t += int(v.buf[0])
	}
	sink = t
}

func TestSame(t *testing.T) {
	v := retVal(7)
	if sumByPointer(retPtr(7)) != sumByValue(v) {
		t.Fatal("results differ")
	}
}
