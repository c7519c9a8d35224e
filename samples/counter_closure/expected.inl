# command-line-arguments
./main.go:5:6: can inline counter
./main.go:7:9: can inline counter.func1
./main.go:14:14: inlining call to counter
./main.go:7:9: can inline main.func1
./main.go:15:3: inlining call to main.func1
./main.go:16:3: inlining call to main.func1
./main.go:17:15: inlining call to main.func1
./main.go:17:13: inlining call to fmt.Println
./main.go:6:2: moved to heap: n
./main.go:7:9: func literal escapes to heap
./main.go:14:14: func literal does not escape
./main.go:17:13: ... argument does not escape
./main.go:17:15: ~R0 escapes to heap
