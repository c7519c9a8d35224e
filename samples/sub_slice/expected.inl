# command-line-arguments
./main.go:5:6: can inline sub
./main.go:11:17: inlining call to sub
./main.go:11:13: inlining call to fmt.Println
./main.go:6:2: moved to heap: a
./main.go:11:17: moved to heap: a
./main.go:11:13: ... argument does not escape
./main.go:11:17: ~R0 escapes to heap
