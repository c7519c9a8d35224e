# command-line-arguments
./main.go:9:22: parts does not escape
./main.go:23:29: JoinWithBuilder([]string{...}) escapes to heap:
./main.go:23:29:   flow: {storage for ... argument} = &{storage for JoinWithBuilder([]string{...})}:
./main.go:23:29:     from JoinWithBuilder([]string{...}) (spill) at ./main.go:23:29
./main.go:23:29:     from ... argument (slice-literal-element) at ./main.go:23:13
./main.go:23:29:   flow: {heap} = {storage for ... argument}:
./main.go:23:29:     from ... argument (spill) at ./main.go:23:13
./main.go:23:29:     from fmt.Println(... argument...) (call parameter) at ./main.go:23:13
./main.go:23:13: ... argument does not escape
./main.go:23:29: JoinWithBuilder([]string{...}) escapes to heap
./main.go:23:38: []string{...} does not escape
