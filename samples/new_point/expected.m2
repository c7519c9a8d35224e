# command-line-arguments
./main.go:15:2: p escapes to heap:
./main.go:15:2:   flow: ~r0 = &p:
./main.go:15:2:     from &p (address-of) at ./main.go:16:9
./main.go:15:2:     from return &p (return) at ./main.go:16:2
./main.go:15:2: moved to heap: p
./main.go:22:26: b.X + b.Y escapes to heap:
./main.go:22:26:   flow: {storage for ... argument} = &{storage for b.X + b.Y}:
./main.go:22:26:     from b.X + b.Y (spill) at ./main.go:22:26
./main.go:22:26:     from ... argument (slice-literal-element) at ./main.go:22:13
./main.go:22:26:   flow: {heap} = {storage for ... argument}:
./main.go:22:26:     from ... argument (spill) at ./main.go:22:13
./main.go:22:26:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:13
./main.go:22:17: a.X + a.Y escapes to heap:
./main.go:22:17:   flow: {storage for ... argument} = &{storage for a.X + a.Y}:
./main.go:22:17:     from a.X + a.Y (spill) at ./main.go:22:17
./main.go:22:17:     from ... argument (slice-literal-element) at ./main.go:22:13
./main.go:22:17:   flow: {heap} = {storage for ... argument}:
./main.go:22:17:     from ... argument (spill) at ./main.go:22:13
./main.go:22:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:13
./main.go:22:13: ... argument does not escape
./main.go:22:17: a.X + a.Y escapes to heap
./main.go:22:26: b.X + b.Y escapes to heap
