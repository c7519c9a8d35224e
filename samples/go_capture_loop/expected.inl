# command-line-arguments
./main.go:12:6: can inline use
./main.go:14:9: inlining call to sync.(*WaitGroup).Done
./main.go:33:13: inlining call to fmt.Println
./main.go:22:6: can inline main.func1
./main.go:22:18: inlining call to use
./main.go:22:18: inlining call to sync.(*WaitGroup).Done
./main.go:30:6: can inline main.func2
./main.go:30:18: inlining call to use
./main.go:30:18: inlining call to sync.(*WaitGroup).Done
./main.go:20:6: moved to heap: i
./main.go:22:6: func literal escapes to heap
./main.go:30:6: func literal escapes to heap
./main.go:33:13: ... argument does not escape
./main.go:33:14: "sum of copies:" escapes to heap
./main.go:33:48: atomic.LoadInt64(&total) escapes to heap
