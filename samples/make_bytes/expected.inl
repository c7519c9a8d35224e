# command-line-arguments
./main.go:5:6: can inline mk
./main.go:11:9: inlining call to mk
./main.go:12:13: inlining call to fmt.Println
./main.go:6:11: make([]byte, n) escapes to heap
./main.go:11:9: make([]byte, n) escapes to heap
./main.go:12:13: ... argument does not escape
./main.go:12:17: len(b) escapes to heap
./main.go:12:25: cap(b) escapes to heap
