# command-line-arguments
./main.go:8:12: inlining call to fmt.Printf
./main.go:6:23: []interface {}{...} does not escape
./main.go:6:24: 1 escapes to heap
./main.go:6:27: 2 escapes to heap
./main.go:8:12: ... argument does not escape
./main.go:9:2: 3 escapes to heap
