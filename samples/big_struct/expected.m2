# command-line-arguments
./main.go:8:2: b escapes to heap:
./main.go:8:2:   flow: ~r0 = &b:
./main.go:8:2:     from &b (address-of) at ./main.go:9:9
./main.go:8:2:     from return &b (return) at ./main.go:9:2
./main.go:8:2: moved to heap: b
./main.go:20:29: len(v.buf) escapes to heap:
./main.go:20:29:   flow: {storage for ... argument} = &{storage for len(v.buf)}:
./main.go:20:29:     from len(v.buf) (spill) at ./main.go:20:29
./main.go:20:29:     from ... argument (slice-literal-element) at ./main.go:20:13
./main.go:20:29:   flow: {heap} = {storage for ... argument}:
./main.go:20:29:     from ... argument (spill) at ./main.go:20:13
./main.go:20:29:     from fmt.Println(... argument...) (call parameter) at ./main.go:20:13
./main.go:20:17: len(p.buf) escapes to heap:
./main.go:20:17:   flow: {storage for ... argument} = &{storage for len(p.buf)}:
./main.go:20:17:     from len(p.buf) (spill) at ./main.go:20:17
./main.go:20:17:     from ... argument (slice-literal-element) at ./main.go:20:13
./main.go:20:17:   flow: {heap} = {storage for ... argument}:
./main.go:20:17:     from ... argument (spill) at ./main.go:20:13
./main.go:20:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:20:13
./main.go:20:13: ... argument does not escape
./main.go:20:17: len(p.buf) escapes to heap
./main.go:20:29: len(v.buf) escapes to heap
