# command-line-arguments
./main.go:9:28: []string{...} escapes to heap:
./main.go:9:28:   flow: {heap} = &{storage for []string{...}}:
./main.go:9:28:     from []string{...} (spill) at ./main.go:9:28
./main.go:9:28:     from dat["BlogName"] = []string{...} (assign) at ./main.go:9:18
./main.go:11:13: val escapes to heap:
./main.go:11:13:   flow: {storage for ... argument} = &{storage for val}:
./main.go:11:13:     from val (spill) at ./main.go:11:13
./main.go:11:13:     from ... argument (slice-literal-element) at ./main.go:11:12
./main.go:11:13:   flow: {heap} = {storage for ... argument}:
./main.go:11:13:     from ... argument (spill) at ./main.go:11:12
./main.go:11:13:     from fmt.Printf("%v\n", ... argument...) (call parameter) at ./main.go:11:12
./main.go:8:13: make(map[string][]string) does not escape
./main.go:9:28: []string{...} escapes to heap
./main.go:11:12: ... argument does not escape
./main.go:11:13: val escapes to heap
