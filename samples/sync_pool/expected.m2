# command-line-arguments
./main.go:10:5: b escapes to heap:
./main.go:10:5:   flow: ~r0 = &b:
./main.go:10:5:     from &b (address-of) at ./main.go:11:12
./main.go:10:5:     from &b (interface-converted) at ./main.go:11:12
./main.go:10:5:     from return &b (return) at ./main.go:11:5
./main.go:10:14: make([]byte, 0, 4096) escapes to heap:
./main.go:10:14:   flow: b = &{storage for make([]byte, 0, 4096)}:
./main.go:10:14:     from make([]byte, 0, 4096) (spill) at ./main.go:10:14
./main.go:10:14:     from b := make([]byte, 0, 4096) (assign) at ./main.go:10:7
./main.go:10:5: moved to heap: b
./main.go:10:14: make([]byte, 0, 4096) escapes to heap
./main.go:24:14: "useBuf done" escapes to heap:
./main.go:24:14:   flow: {storage for ... argument} = &{storage for "useBuf done"}:
./main.go:24:14:     from "useBuf done" (spill) at ./main.go:24:14
./main.go:24:14:     from ... argument (slice-literal-element) at ./main.go:24:13
./main.go:24:14:   flow: {heap} = {storage for ... argument}:
./main.go:24:14:     from ... argument (spill) at ./main.go:24:13
./main.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:24:13
./main.go:24:13: ... argument does not escape
./main.go:24:14: "useBuf done" escapes to heap
