# command-line-arguments
./main.go:16:18: calc(3, 4) escapes to heap:
./main.go:16:18:   flow: {storage for ... argument} = &{storage for calc(3, 4)}:
./main.go:16:18:     from calc(3, 4) (spill) at ./main.go:16:18
./main.go:16:18:     from ... argument (slice-literal-element) at ./main.go:16:13
./main.go:16:18:   flow: {heap} = {storage for ... argument}:
./main.go:16:18:     from ... argument (spill) at ./main.go:16:13
./main.go:16:18:     from fmt.Println(... argument...) (call parameter) at ./main.go:16:13
./main.go:16:13: ... argument does not escape
./main.go:16:18: calc(3, 4) escapes to heap
