# command-line-arguments
./main.go:18:13: inlining call to fmt.Println
./main.go:10:14: make([]int, n) escapes to heap
./main.go:18:13: ... argument does not escape
./main.go:18:14: "generated" escapes to heap
