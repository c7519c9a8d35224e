# command-line-arguments
./main.go:6:11: make([]byte, n) escapes to heap:
./main.go:6:11:   flow: {heap} = &{storage for make([]byte, n)}:
./main.go:6:11:     from make([]byte, n) (non-constant size) at ./main.go:6:11
./main.go:6:11: make([]byte, n) escapes to heap
./main.go:12:25: cap(b) escapes to heap:
./main.go:12:25:   flow: {storage for ... argument} = &{storage for cap(b)}:
./main.go:12:25:     from cap(b) (spill) at ./main.go:12:25
./main.go:12:25:     from ... argument (slice-literal-element) at ./main.go:12:13
./main.go:12:25:   flow: {heap} = {storage for ... argument}:
./main.go:12:25:     from ... argument (spill) at ./main.go:12:13
./main.go:12:25:     from fmt.Println(... argument...) (call parameter) at ./main.go:12:13
./main.go:12:17: len(b) escapes to heap:
./main.go:12:17:   flow: {storage for ... argument} = &{storage for len(b)}:
./main.go:12:17:     from len(b) (spill) at ./main.go:12:17
./main.go:12:17:     from ... argument (slice-literal-element) at ./main.go:12:13
./main.go:12:17:   flow: {heap} = {storage for ... argument}:
./main.go:12:17:     from ... argument (spill) at ./main.go:12:13
./main.go:12:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:12:13
./main.go:12:13: ... argument does not escape
./main.go:12:17: len(b) escapes to heap
./main.go:12:25: cap(b) escapes to heap
