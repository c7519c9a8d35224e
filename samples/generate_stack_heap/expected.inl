# command-line-arguments
./main.go:27:13: inlining call to fmt.Println
./main.go:10:14: make([]int, 8192) does not escape
./main.go:18:14: make([]int, 8193) escapes to heap
./main.go:27:13: ... argument does not escape
./main.go:27:14: "done" escapes to heap
