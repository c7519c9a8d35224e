package user

import "testing"

var sinkPtr *User
var sinkVal User

func BenchmarkPointer(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkPtr = NewUserPtr("gopher", i)
	}
}

func BenchmarkValue(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkVal = Older(NewUserVal("gopher", i))
	}
}
