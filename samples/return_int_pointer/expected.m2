# command-line-arguments
./main.go:6:2: x escapes to heap:
./main.go:6:2:   flow: ~r0 = &x:
./main.go:6:2:     from &x (address-of) at ./main.go:7:9
./main.go:6:2:     from return &x (return) at ./main.go:7:2
./main.go:6:2: moved to heap: x
./main.go:11:2: x escapes to heap:
./main.go:11:2:   flow: ~r0 = &x:
./main.go:11:2:     from &x (address-of) at ./main.go:12:9
./main.go:11:2:     from return &x (return) at ./main.go:12:2
./main.go:11:2: moved to heap: x
./main.go:16:20: *foo() escapes to heap:
./main.go:16:20:   flow: {storage for ... argument} = &{storage for *foo()}:
./main.go:16:20:     from *foo() (spill) at ./main.go:16:20
./main.go:16:20:     from ... argument (slice-literal-element) at ./main.go:16:13
./main.go:16:20:   flow: {heap} = {storage for ... argument}:
./main.go:16:20:     from ... argument (spill) at ./main.go:16:13
./main.go:16:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:16:13
./main.go:16:14: *f() escapes to heap:
./main.go:16:14:   flow: {storage for ... argument} = &{storage for *f()}:
./main.go:16:14:     from *f() (spill) at ./main.go:16:14
./main.go:16:14:     from ... argument (slice-literal-element) at ./main.go:16:13
./main.go:16:14:   flow: {heap} = {storage for ... argument}:
./main.go:16:14:     from ... argument (spill) at ./main.go:16:13
./main.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:16:13
./main.go:16:13: ... argument does not escape
./main.go:16:14: *f() escapes to heap
./main.go:16:20: *foo() escapes to heap
