package extonly_test

import (
	"fmt"
	"testing"

	"example.com/xtest/extonly"
)

func TestAnswer(t *testing.T) {
	fmt.Println("answer", extonly.Answer())
}

func BenchmarkAnswer(b *testing.B) {
	for i := 0; i < b.N; i++ {
		extonly.Answer()
	}
}
