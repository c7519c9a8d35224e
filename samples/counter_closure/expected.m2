# command-line-arguments
./main.go:6:2: counter capturing by ref: n (addr=false assign=true width=8)
./main.go:7:9: func literal escapes to heap:
./main.go:7:9:   flow: ~r0 = &{storage for func literal}:
./main.go:7:9:     from func literal (spill) at ./main.go:7:9
./main.go:7:9:     from return func literal (return) at ./main.go:7:2
./main.go:6:2: n escapes to heap:
./main.go:6:2:   flow: {storage for func literal} = &n:
./main.go:6:2:     from n (captured by a closure) at ./main.go:8:3
./main.go:6:2:     from n (reference) at ./main.go:8:3
./main.go:6:2: moved to heap: n
./main.go:7:9: func literal escapes to heap
./main.go:17:15: c() escapes to heap:
./main.go:17:15:   flow: {storage for ... argument} = &{storage for c()}:
./main.go:17:15:     from c() (spill) at ./main.go:17:15
./main.go:17:15:     from ... argument (slice-literal-element) at ./main.go:17:13
./main.go:17:15:   flow: {heap} = {storage for ... argument}:
./main.go:17:15:     from ... argument (spill) at ./main.go:17:13
./main.go:17:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:17:13
./main.go:17:13: ... argument does not escape
./main.go:17:15: c() escapes to heap
