# command-line-arguments
./main.go:5:6: can inline Increase
./main.go:7:9: can inline Increase.func1
./main.go:14:16: inlining call to Increase
./main.go:7:9: can inline main.func1
./main.go:15:16: inlining call to main.func1
./main.go:15:13: inlining call to fmt.Println
./main.go:6:2: moved to heap: n
./main.go:7:9: func literal escapes to heap
./main.go:14:16: func literal does not escape
./main.go:15:13: ... argument does not escape
./main.go:15:16: ~R0 escapes to heap
