# command-line-arguments
./main.go:12:6: can inline getFooPointer
./main.go:18:6: can inline f
./main.go:24:3: inlining call to f
./main.go:25:20: inlining call to getFooPointer
./main.go:26:13: inlining call to fmt.Println
./main.go:13:6: moved to heap: result
./main.go:18:8: p does not escape
./main.go:23:7: &foo{} does not escape
./main.go:26:13: ... argument does not escape
./main.go:26:15: p.id escapes to heap
./main.go:26:21: q.id escapes to heap
