# command-line-arguments
./escape_seed_002_table.go:15:2: x escapes to heap:
./escape_seed_002_table.go:15:2:   flow: ~r0 = &x:
./escape_seed_002_table.go:15:2:     from &x (address-of) at ./escape_seed_002_table.go:16:9
./escape_seed_002_table.go:15:2:     from return &x (return) at ./escape_seed_002_table.go:16:2
./escape_seed_002_table.go:15:2: moved to heap: x
./escape_seed_002_table.go:20:11: make([]byte, n) escapes to heap:
./escape_seed_002_table.go:20:11:   flow: {heap} = &{storage for make([]byte, n)}:
./escape_seed_002_table.go:20:11:     from make([]byte, n) (non-constant size) at ./escape_seed_002_table.go:20:11
./escape_seed_002_table.go:20:11: make([]byte, n) escapes to heap
./escape_seed_002_table.go:24:10: buf does not escape
./escape_seed_002_table.go:27:13: make([]byte, 32) does not escape
./escape_seed_002_table.go:32:21: n escapes to heap:
./escape_seed_002_table.go:32:21:   flow: {storage for ... argument} = &{storage for n}:
./escape_seed_002_table.go:32:21:     from n (spill) at ./escape_seed_002_table.go:32:21
./escape_seed_002_table.go:32:21:     from ... argument (slice-literal-element) at ./escape_seed_002_table.go:32:20
./escape_seed_002_table.go:32:21:   flow: {heap} = {storage for ... argument}:
./escape_seed_002_table.go:32:21:     from ... argument (spill) at ./escape_seed_002_table.go:32:20
./escape_seed_002_table.go:32:21:     from fmt.Sprintf("%d", ... argument...) (call parameter) at ./escape_seed_002_table.go:32:20
./escape_seed_002_table.go:32:20: ... argument does not escape
./escape_seed_002_table.go:32:21: n escapes to heap
