# command-line-arguments
./main.go:20:23: len(v.vals) escapes to heap:
./main.go:20:23:   flow: {storage for ... argument} = &{storage for len(v.vals)}:
./main.go:20:23:     from len(v.vals) (spill) at ./main.go:20:23
./main.go:20:23:     from ... argument (slice-literal-element) at ./main.go:20:13
./main.go:20:23:   flow: {heap} = {storage for ... argument}:
./main.go:20:23:     from ... argument (spill) at ./main.go:20:13
./main.go:20:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:20:13
./main.go:20:15: v.id escapes to heap:
./main.go:20:15:   flow: {storage for ... argument} = &{storage for v.id}:
./main.go:20:15:     from v.id (spill) at ./main.go:20:15
./main.go:20:15:     from ... argument (slice-literal-element) at ./main.go:20:13
./main.go:20:15:   flow: {heap} = {storage for ... argument}:
./main.go:20:15:     from ... argument (spill) at ./main.go:20:13
./main.go:20:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:20:13
./main.go:20:13: ... argument does not escape
./main.go:20:15: v.id escapes to heap
./main.go:20:23: len(v.vals) escapes to heap
