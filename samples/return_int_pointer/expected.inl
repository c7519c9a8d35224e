# command-line-arguments
./main.go:5:6: can inline f
./main.go:10:6: can inline foo
./main.go:16:16: inlining call to f
./main.go:16:24: inlining call to foo
./main.go:16:13: inlining call to fmt.Println
./main.go:6:2: moved to heap: x
./main.go:11:2: moved to heap: x
./main.go:16:13: ... argument does not escape
./main.go:16:14: *(~R0) escapes to heap
./main.go:16:20: *(~R0) escapes to heap
