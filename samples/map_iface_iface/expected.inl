# command-line-arguments
./main.go:11:12: inlining call to fmt.Printf
./main.go:8:13: make(map[interface {}]interface {}) does not escape
./main.go:9:2: "BlogName" escapes to heap
./main.go:9:2: "Kyden's Blog" escapes to heap
./main.go:10:9: "BlogName" does not escape
./main.go:11:12: ... argument does not escape
