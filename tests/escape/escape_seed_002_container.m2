# command-line-arguments
./escape_seed_002_container.go:22:2: x escapes to heap:
./escape_seed_002_container.go:22:2:   flow: {heap} = &x:
./escape_seed_002_container.go:22:2:     from &x (address-of) at ./escape_seed_002_container.go:23:9
./escape_seed_002_container.go:22:2:     from m[0] = &x (assign) at ./escape_seed_002_container.go:23:7
./escape_seed_002_container.go:22:2: moved to heap: x
./escape_seed_002_container.go:21:13: []*int{...} does not escape
./escape_seed_002_container.go:28:2: y escapes to heap:
./escape_seed_002_container.go:28:2:   flow: {heap} = &y:
./escape_seed_002_container.go:28:2:     from &y (address-of) at ./escape_seed_002_container.go:29:8
./escape_seed_002_container.go:28:2:     from h.p = &y (assign) at ./escape_seed_002_container.go:29:6
./escape_seed_002_container.go:27:7: &Holder{} escapes to heap:
./escape_seed_002_container.go:27:7:   flow: h = &{storage for &Holder{}}:
./escape_seed_002_container.go:27:7:     from &Holder{} (spill) at ./escape_seed_002_container.go:27:7
./escape_seed_002_container.go:27:7:     from h := &Holder{} (assign) at ./escape_seed_002_container.go:27:4
./escape_seed_002_container.go:27:7:   flow: ~r0 = h:
./escape_seed_002_container.go:27:7:     from return h (return) at ./escape_seed_002_container.go:30:2
./escape_seed_002_container.go:28:2: moved to heap: y
./escape_seed_002_container.go:27:7: &Holder{} escapes to heap
./escape_seed_002_container.go:35:12: []int{...} does not escape
./escape_seed_002_container.go:45:13: user escapes to heap:
./escape_seed_002_container.go:45:13:   flow: {storage for ... argument} = &{storage for user}:
./escape_seed_002_container.go:45:13:     from user (spill) at ./escape_seed_002_container.go:45:13
./escape_seed_002_container.go:45:13:     from ... argument (slice-literal-element) at ./escape_seed_002_container.go:45:13
./escape_seed_002_container.go:45:13:   flow: {heap} = {storage for ... argument}:
./escape_seed_002_container.go:45:13:     from ... argument (spill) at ./escape_seed_002_container.go:45:13
./escape_seed_002_container.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./escape_seed_002_container.go:45:13
./escape_seed_002_container.go:45:13: ... argument does not escape
./escape_seed_002_container.go:45:13: user escapes to heap
