# command-line-arguments
./main.go:10:6: can inline dummy
./main.go:19:19: inlining call to dummy
./main.go:19:13: inlining call to fmt.Println
./main.go:12:6: moved to heap: c
./main.go:19:19: moved to heap: c
./main.go:19:13: ... argument does not escape
