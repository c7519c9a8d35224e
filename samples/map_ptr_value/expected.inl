# command-line-arguments
./main.go:3:6: can inline g
./main.go:9:6: can inline main
./main.go:10:3: inlining call to g
./main.go:5:2: moved to heap: x
./main.go:4:19: map[int]*int{} does not escape
./main.go:10:3: moved to heap: x
./main.go:10:3: map[int]*int{} does not escape
