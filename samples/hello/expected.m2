# command-line-arguments
./main.go:6:14: "Hello, escgo!" escapes to heap:
./main.go:6:14:   flow: {storage for ... argument} = &{storage for "Hello, escgo!"}:
./main.go:6:14:     from "Hello, escgo!" (spill) at ./main.go:6:14
./main.go:6:14:     from ... argument (slice-literal-element) at ./main.go:6:13
./main.go:6:14:   flow: {heap} = {storage for ... argument}:
./main.go:6:14:     from ... argument (spill) at ./main.go:6:13
./main.go:6:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:6:13
./main.go:6:13: ... argument does not escape
./main.go:6:14: "Hello, escgo!" escapes to heap
