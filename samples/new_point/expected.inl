# command-line-arguments
./main.go:9:6: can inline NewPoint
./main.go:14:6: can inline NewPointPtr
./main.go:20:15: inlining call to NewPoint
./main.go:21:18: inlining call to NewPointPtr
./main.go:22:13: inlining call to fmt.Println
./main.go:15:2: moved to heap: p
./main.go:22:13: ... argument does not escape
./main.go:22:17: a.X + a.Y escapes to heap
./main.go:22:26: b.X + b.Y escapes to heap
