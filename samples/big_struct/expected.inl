# command-line-arguments
./main.go:7:6: can inline retPtr
./main.go:12:6: can inline retVal
./main.go:18:13: inlining call to retPtr
./main.go:19:13: inlining call to retVal
./main.go:20:13: inlining call to fmt.Println
./main.go:8:2: moved to heap: b
./main.go:20:13: ... argument does not escape
./main.go:20:17: len(p.buf) escapes to heap
./main.go:20:29: len(v.buf) escapes to heap
