# command-line-arguments
./main.go:6:17: len(*p) escapes to heap:
./main.go:6:17:   flow: {storage for ... argument} = &{storage for len(*p)}:
./main.go:6:17:     from len(*p) (spill) at ./main.go:6:17
./main.go:6:17:     from ... argument (slice-literal-element) at ./main.go:6:13
./main.go:6:17:   flow: {heap} = {storage for ... argument}:
./main.go:6:17:     from ... argument (spill) at ./main.go:6:13
./main.go:6:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:6:13
./main.go:5:10: p does not escape
./main.go:6:13: ... argument does not escape
./main.go:6:17: len(*p) escapes to heap
./main.go:10:2: h capturing by ref: big (addr=true assign=false width=24)
./main.go:10:13: make([]byte, 1 << 20) escapes to heap:
./main.go:10:13:   flow: {heap} = &{storage for make([]byte, 1 << 20)}:
./main.go:10:13:     from make([]byte, 1 << 20) (too large for stack) at ./main.go:10:13
./main.go:10:13: make([]byte, 1 << 20) escapes to heap
./main.go:11:8: func literal does not escape
