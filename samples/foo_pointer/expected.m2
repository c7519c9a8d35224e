# command-line-arguments
./main.go:13:6: result escapes to heap:
./main.go:13:6:   flow: ~r0 = &result:
./main.go:13:6:     from &result (address-of) at ./main.go:15:9
./main.go:13:6:     from return &result (return) at ./main.go:15:2
./main.go:13:6: moved to heap: result
./main.go:18:8: p does not escape
./main.go:26:21: q.id escapes to heap:
./main.go:26:21:   flow: {storage for ... argument} = &{storage for q.id}:
./main.go:26:21:     from q.id (spill) at ./main.go:26:21
./main.go:26:21:     from ... argument (slice-literal-element) at ./main.go:26:13
./main.go:26:21:   flow: {heap} = {storage for ... argument}:
./main.go:26:21:     from ... argument (spill) at ./main.go:26:13
./main.go:26:21:     from fmt.Println(... argument...) (call parameter) at ./main.go:26:13
./main.go:26:15: p.id escapes to heap:
./main.go:26:15:   flow: {storage for ... argument} = &{storage for p.id}:
./main.go:26:15:     from p.id (spill) at ./main.go:26:15
./main.go:26:15:     from ... argument (slice-literal-element) at ./main.go:26:13
./main.go:26:15:   flow: {heap} = {storage for ... argument}:
./main.go:26:15:     from ... argument (spill) at ./main.go:26:13
./main.go:26:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:26:13
./main.go:23:7: &foo{} does not escape
./main.go:26:13: ... argument does not escape
./main.go:26:15: p.id escapes to heap
./main.go:26:21: q.id escapes to heap
