# command-line-arguments
./main.go:7:6: can inline sink
./main.go:8:6: can inline caller
./main.go:10:6: inlining call to sink
./main.go:14:8: inlining call to caller
./main.go:14:8: inlining call to sink
./main.go:15:13: inlining call to fmt.Println
./main.go:7:11: leaking param: p
./main.go:9:2: moved to heap: x
./main.go:14:8: moved to heap: x
./main.go:15:13: ... argument does not escape
./main.go:15:14: *global escapes to heap
