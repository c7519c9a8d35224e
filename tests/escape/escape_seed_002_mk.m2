# command-line-arguments
./escape_seed_002_mk.go:9:11: make([]byte, n) escapes to heap:
./escape_seed_002_mk.go:9:11:   flow: {heap} = &{storage for make([]byte, n)}:
./escape_seed_002_mk.go:9:11:     from make([]byte, n) (non-constant size) at ./escape_seed_002_mk.go:9:11
./escape_seed_002_mk.go:9:11: make([]byte, n) escapes to heap
./escape_seed_002_mk.go:13:10: buf does not escape
./escape_seed_002_mk.go:18:13: make([]byte, 32) does not escape
./escape_seed_002_mk.go:28:2: x escapes to heap:
./escape_seed_002_mk.go:28:2:   flow: ~r0 = &x:
./escape_seed_002_mk.go:28:2:     from &x (address-of) at ./escape_seed_002_mk.go:29:9
./escape_seed_002_mk.go:28:2:     from return &x (return) at ./escape_seed_002_mk.go:29:2
./escape_seed_002_mk.go:28:2: moved to heap: x
