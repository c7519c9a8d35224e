# command-line-arguments
./main.go:9:12: inlining call to fmt.Printf
./main.go:10:12: inlining call to fmt.Printf
./main.go:7:2: moved to heap: a
./main.go:6:15: []*int{...} does not escape
./main.go:9:12: ... argument does not escape
./main.go:9:23: *dat[0] escapes to heap
./main.go:10:12: ... argument does not escape
./main.go:10:30: dat[0] == &a escapes to heap
