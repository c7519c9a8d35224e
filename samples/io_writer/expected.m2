# command-line-arguments
./main.go:12:9: devirtualizing w.Write to *bytes.Buffer
./main.go:13:36: (*bytes.Buffer).String(w.(*bytes.Buffer)) escapes to heap:
./main.go:13:36:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).String(w.(*bytes.Buffer))}:
./main.go:13:36:     from (*bytes.Buffer).String(w.(*bytes.Buffer)) (spill) at ./main.go:13:36
./main.go:13:36:     from ... argument (slice-literal-element) at ./main.go:13:11
./main.go:13:36:   flow: {heap} = {storage for ... argument}:
./main.go:13:36:     from ... argument (spill) at ./main.go:13:11
./main.go:13:36:     from fmt.Print(... argument...) (call parameter) at ./main.go:13:11
./main.go:10:13: ([]byte)("hello, io.Writer\n") does not escape
./main.go:11:20: &bytes.Buffer{} does not escape
./main.go:13:11: ... argument does not escape
./main.go:13:36: (*bytes.Buffer).String(w.(*bytes.Buffer)) escapes to heap
