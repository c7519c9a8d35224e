# command-line-arguments
./main.go:27:22: dummy(0) escapes to heap:
./main.go:27:22:   flow: {storage for ... argument} = &{storage for dummy(0)}:
./main.go:27:22:     from dummy(0) (spill) at ./main.go:27:22
./main.go:27:22:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:22:   flow: {heap} = {storage for ... argument}:
./main.go:27:22:     from ... argument (spill) at ./main.go:27:13
./main.go:27:22:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:13
./main.go:27:13: a escapes to heap:
./main.go:27:13:   flow: {storage for ... argument} = &{storage for a}:
./main.go:27:13:     from a (spill) at ./main.go:27:13
./main.go:27:13:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:13:   flow: {heap} = {storage for ... argument}:
./main.go:27:13:     from ... argument (spill) at ./main.go:27:13
./main.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:13
./main.go:27:13: ... argument does not escape
./main.go:27:13: a escapes to heap
./main.go:27:22: dummy(0) escapes to heap
