// Lab 11: write the two benchmarks (README.md, step 1).
package user

import "testing"

func BenchmarkPointer(b *testing.B) {
	for i := 0; i < b.N; i++ {
		// TODO: call NewUserPtr so that its result outlives the iteration
	}
}

func BenchmarkValue(b *testing.B) {
	for i := 0; i < b.N; i++ {
		// TODO: call NewUserVal and Older, keeping the result
	}
}
