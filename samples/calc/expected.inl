# command-line-arguments
./main.go:5:6: can inline calc
./main.go:16:18: inlining call to calc
./main.go:16:13: inlining call to fmt.Println
./main.go:16:13: ... argument does not escape
./main.go:16:18: ~R0 escapes to heap
