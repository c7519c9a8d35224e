# command-line-arguments
./main.go:10:14: make([]int, 8192) does not escape
./main.go:18:14: make([]int, 8193) escapes to heap:
./main.go:18:14:   flow: {heap} = &{storage for make([]int, 8193)}:
./main.go:18:14:     from make([]int, 8193) (too large for stack) at ./main.go:18:14
./main.go:18:14: make([]int, 8193) escapes to heap
./main.go:27:14: "done" escapes to heap:
./main.go:27:14:   flow: {storage for ... argument} = &{storage for "done"}:
./main.go:27:14:     from "done" (spill) at ./main.go:27:14
./main.go:27:14:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:14:   flow: {heap} = {storage for ... argument}:
./main.go:27:14:     from ... argument (spill) at ./main.go:27:13
./main.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:13
./main.go:27:13: ... argument does not escape
./main.go:27:14: "done" escapes to heap
