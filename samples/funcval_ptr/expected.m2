# command-line-arguments
./main.go:6:21: *a escapes to heap:
./main.go:6:21:   flow: {storage for ... argument} = &{storage for *a}:
./main.go:6:21:     from *a (spill) at ./main.go:6:21
./main.go:6:21:     from ... argument (slice-literal-element) at ./main.go:6:12
./main.go:6:21:   flow: {heap} = {storage for ... argument}:
./main.go:6:21:     from ... argument (spill) at ./main.go:6:12
./main.go:6:21:     from fmt.Printf("%v\n", ... argument...) (call parameter) at ./main.go:6:12
./main.go:5:8: a does not escape
./main.go:6:12: ... argument does not escape
./main.go:6:21: *a escapes to heap
./main.go:14:13: a escapes to heap:
./main.go:14:13:   flow: {storage for ... argument} = &{storage for a}:
./main.go:14:13:     from a (spill) at ./main.go:14:13
./main.go:14:13:     from ... argument (slice-literal-element) at ./main.go:14:12
./main.go:14:13:   flow: {heap} = {storage for ... argument}:
./main.go:14:13:     from ... argument (spill) at ./main.go:14:12
./main.go:14:13:     from fmt.Printf("a = %v\n", ... argument...) (call parameter) at ./main.go:14:12
./main.go:14:12: ... argument does not escape
./main.go:14:13: a escapes to heap
