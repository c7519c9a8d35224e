# command-line-arguments
./main.go:11:12: inlining call to fmt.Printf
./main.go:8:13: make(map[string][]string) does not escape
./main.go:9:28: []string{...} escapes to heap
./main.go:11:12: ... argument does not escape
./main.go:11:13: val escapes to heap
