# command-line-arguments
./main.go:12:6: can inline getFooValue
./main.go:19:18: inlining call to getFooValue
./main.go:20:13: inlining call to fmt.Println
./main.go:20:13: ... argument does not escape
./main.go:20:15: v.id escapes to heap
./main.go:20:23: len(v.vals) escapes to heap
