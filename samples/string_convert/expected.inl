# command-line-arguments
./main.go:10:13: inlining call to fmt.Println
./main.go:7:13: ([]byte)(s) does not escape
./main.go:8:14: string(b) escapes to heap
./main.go:9:10: s + t escapes to heap
./main.go:10:13: ... argument does not escape
./main.go:10:17: len(b) escapes to heap
./main.go:10:17: s2 escapes to heap
./main.go:10:17: s3 escapes to heap
