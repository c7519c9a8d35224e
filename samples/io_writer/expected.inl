# command-line-arguments
./main.go:13:36: inlining call to bytes.(*Buffer).String
./main.go:13:11: inlining call to fmt.Print
./main.go:12:9: devirtualizing w.Write to *bytes.Buffer
./main.go:10:13: ([]byte)("hello, io.Writer\n") does not escape
./main.go:11:20: &bytes.Buffer{} does not escape
./main.go:13:11: ... argument does not escape
./main.go:13:36: ~R0 escapes to heap
./main.go:13:36: string(bytes.b.buf[bytes.b.off:]) escapes to heap
