# command-line-arguments
./main.go:6:2: a escapes to heap:
./main.go:6:2:   flow: ~r0 = &a:
./main.go:6:2:     from a (address-of) at ./main.go:7:9
./main.go:6:2:     from a[:2] (slice) at ./main.go:7:10
./main.go:6:2:     from return a[:2] (return) at ./main.go:7:2
./main.go:6:2: moved to heap: a
./main.go:11:17: sub() escapes to heap:
./main.go:11:17:   flow: {storage for ... argument} = &{storage for sub()}:
./main.go:11:17:     from sub() (spill) at ./main.go:11:17
./main.go:11:17:     from ... argument (slice-literal-element) at ./main.go:11:13
./main.go:11:17:   flow: {heap} = {storage for ... argument}:
./main.go:11:17:     from ... argument (spill) at ./main.go:11:13
./main.go:11:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:11:13
./main.go:11:13: ... argument does not escape
./main.go:11:17: sub() escapes to heap
