# command-line-arguments
./main.go:5:6: can inline f
./main.go:6:12: inlining call to fmt.Printf
./main.go:13:4: inlining call to f
./main.go:13:4: inlining call to fmt.Printf
./main.go:14:12: inlining call to fmt.Printf
./main.go:5:8: a does not escape
./main.go:6:12: ... argument does not escape
./main.go:6:21: *a escapes to heap
./main.go:13:4: ... argument does not escape
./main.go:13:4: *a escapes to heap
./main.go:14:12: ... argument does not escape
./main.go:14:13: a escapes to heap
