# command-line-arguments
./main.go:6:6: can inline dummy
./main.go:16:6: can inline void
./main.go:25:6: inlining call to void
./main.go:27:22: inlining call to dummy
./main.go:27:13: inlining call to fmt.Println
./main.go:27:13: ... argument does not escape
./main.go:27:13: a escapes to heap
./main.go:27:22: ~R0 escapes to heap
