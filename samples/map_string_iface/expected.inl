# command-line-arguments
./main.go:9:12: inlining call to fmt.Printf
./main.go:6:13: make(map[string]interface {}) does not escape
./main.go:7:2: "Kyden's Blog" escapes to heap
./main.go:9:12: ... argument does not escape
