# command-line-arguments
./escape_seed_000_dummy.go:34:22: dummy(0) escapes to heap:
./escape_seed_000_dummy.go:34:22:   flow: {storage for ... argument} = &{storage for dummy(0)}:
./escape_seed_000_dummy.go:34:22:     from dummy(0) (spill) at ./escape_seed_000_dummy.go:34:22
./escape_seed_000_dummy.go:34:22:     from ... argument (slice-literal-element) at ./escape_seed_000_dummy.go:34:13
./escape_seed_000_dummy.go:34:22:   flow: {heap} = {storage for ... argument}:
./escape_seed_000_dummy.go:34:22:     from ... argument (spill) at ./escape_seed_000_dummy.go:34:13
./escape_seed_000_dummy.go:34:22:     from fmt.Println(... argument...) (call parameter) at ./escape_seed_000_dummy.go:34:13
./escape_seed_000_dummy.go:34:13: a escapes to heap:
./escape_seed_000_dummy.go:34:13:   flow: {storage for ... argument} = &{storage for a}:
./escape_seed_000_dummy.go:34:13:     from a (spill) at ./escape_seed_000_dummy.go:34:13
./escape_seed_000_dummy.go:34:13:     from ... argument (slice-literal-element) at ./escape_seed_000_dummy.go:34:13
./escape_seed_000_dummy.go:34:13:   flow: {heap} = {storage for ... argument}:
./escape_seed_000_dummy.go:34:13:     from ... argument (spill) at ./escape_seed_000_dummy.go:34:13
./escape_seed_000_dummy.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./escape_seed_000_dummy.go:34:13
./escape_seed_000_dummy.go:34:13: ... argument does not escape
./escape_seed_000_dummy.go:34:13: a escapes to heap
./escape_seed_000_dummy.go:34:22: dummy(0) escapes to heap
