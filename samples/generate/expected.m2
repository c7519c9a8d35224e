# command-line-arguments
./main.go:10:14: make([]int, n) escapes to heap:
./main.go:10:14:   flow: {heap} = &{storage for make([]int, n)}:
./main.go:10:14:     from make([]int, n) (non-constant size) at ./main.go:10:14
./main.go:10:14: make([]int, n) escapes to heap
./main.go:18:14: "generated" escapes to heap:
./main.go:18:14:   flow: {storage for ... argument} = &{storage for "generated"}:
./main.go:18:14:     from "generated" (spill) at ./main.go:18:14
./main.go:18:14:     from ... argument (slice-literal-element) at ./main.go:18:13
./main.go:18:14:   flow: {heap} = {storage for ... argument}:
./main.go:18:14:     from ... argument (spill) at ./main.go:18:13
./main.go:18:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:18:13
./main.go:18:13: ... argument does not escape
./main.go:18:14: "generated" escapes to heap
