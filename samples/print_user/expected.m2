# command-line-arguments
./main.go:12:13: user escapes to heap:
./main.go:12:13:   flow: {storage for ... argument} = &{storage for user}:
./main.go:12:13:     from user (spill) at ./main.go:12:13
./main.go:12:13:     from ... argument (slice-literal-element) at ./main.go:12:13
./main.go:12:13:   flow: {heap} = {storage for ... argument}:
./main.go:12:13:     from ... argument (spill) at ./main.go:12:13
./main.go:12:13:     from fmt.Println(... argument...) (call parameter) at ./main.go:12:13
./main.go:12:13: ... argument does not escape
./main.go:12:13: user escapes to heap
