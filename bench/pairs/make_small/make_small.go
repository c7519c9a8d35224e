// The first seed's memory demo (000/001 实际使用优化): makeSmall returns
// &Small{1, 2} as an interface{}, one heap object per call kept in
// sink []interface{}; the optimised version appends Small values to a
// []Small. Each op appends 200 elements, as the seed's inner loop does, to
// a slice reset to length 0 (its backing array is reused).
package make_small

type Small struct {
	a, b int
}

//go:noinline
func makeSmall() interface{} {
	return &Small{1, 2}
}

//go:noinline
func makeSmallValue() Small {
	return Small{1, 2}
}

var sink []interface{}
var sinkValues []Small

//go:noinline
func escapeRound() {
	sink = sink[:0]
	for i := 0; i < 200; i++ {
		sink = append(sink, makeSmall())
	}
}

//go:noinline
func optimizedRound() {
	sinkValues = sinkValues[:0]
	for i := 0; i < 200; i++ {
		sinkValues = append(sinkValues, makeSmallValue())
	}
}
