# command-line-arguments
./main.go:10:23: x escapes to heap:
./main.go:10:23:   flow: {heap} = &{storage for x}:
./main.go:10:23:     from x (spill) at ./main.go:10:23
./main.go:10:23:     from reflect.ValueOf(x) (call parameter) at ./main.go:10:23
./main.go:12:31: reflect.Value.Int(rv) escapes to heap:
./main.go:12:31:   flow: {storage for ... argument} = &{storage for reflect.Value.Int(rv)}:
./main.go:12:31:     from reflect.Value.Int(rv) (spill) at ./main.go:12:31
./main.go:12:31:     from ... argument (slice-literal-element) at ./main.go:12:13
./main.go:12:31:   flow: {heap} = {storage for ... argument}:
./main.go:12:31:     from ... argument (spill) at ./main.go:12:13
./main.go:12:31:     from fmt.Println(... argument...) (call parameter) at ./main.go:12:13
./main.go:12:21: reflect.Value.Kind(rv) escapes to heap:
./main.go:12:21:   flow: {storage for ... argument} = &{storage for reflect.Value.Kind(rv)}:
./main.go:12:21:     from reflect.Value.Kind(rv) (spill) at ./main.go:12:21
./main.go:12:21:     from ... argument (slice-literal-element) at ./main.go:12:13
./main.go:12:21:   flow: {heap} = {storage for ... argument}:
./main.go:12:21:     from ... argument (spill) at ./main.go:12:13
./main.go:12:21:     from fmt.Println(... argument...) (call parameter) at ./main.go:12:13
./main.go:10:23: x escapes to heap
./main.go:12:13: ... argument does not escape
./main.go:12:21: reflect.Value.Kind(rv) escapes to heap
./main.go:12:31: reflect.Value.Int(rv) escapes to heap
