# command-line-arguments
./main.go:9:30: can inline glob..func1
./main.go:24:13: inlining call to fmt.Println
./main.go:10:5: moved to heap: b
./main.go:10:14: make([]byte, 0, 4096) escapes to heap
./main.go:24:13: ... argument does not escape
./main.go:24:14: "useBuf done" escapes to heap
