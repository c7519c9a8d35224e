# command-line-arguments
./escape_seed_000_generate.go:14:14: make([]int, 8192) does not escape
./escape_seed_000_generate.go:22:14: make([]int, 8193) escapes to heap:
./escape_seed_000_generate.go:22:14:   flow: {heap} = &{storage for make([]int, 8193)}:
./escape_seed_000_generate.go:22:14:     from make([]int, 8193) (too large for stack) at ./escape_seed_000_generate.go:22:14
./escape_seed_000_generate.go:22:14: make([]int, 8193) escapes to heap
./escape_seed_000_generate.go:30:14: make([]int, n) escapes to heap:
./escape_seed_000_generate.go:30:14:   flow: {heap} = &{storage for make([]int, n)}:
./escape_seed_000_generate.go:30:14:     from make([]int, n) (non-constant size) at ./escape_seed_000_generate.go:30:14
./escape_seed_000_generate.go:30:14: make([]int, n) escapes to heap
