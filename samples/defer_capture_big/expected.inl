# command-line-arguments
./main.go:5:6: can inline use
./main.go:6:13: inlining call to fmt.Println
./main.go:11:19: inlining call to use
./main.go:11:19: inlining call to fmt.Println
./main.go:14:6: can inline main
./main.go:5:10: p does not escape
./main.go:6:13: ... argument does not escape
./main.go:6:17: len(*p) escapes to heap
./main.go:10:13: make([]byte, 1 << 20) escapes to heap
./main.go:11:8: func literal does not escape
./main.go:11:19: ... argument does not escape
./main.go:11:19: len(*p) escapes to heap
