# command-line-arguments
./escape_seed_002_pointer.go:9:2: x escapes to heap:
./escape_seed_002_pointer.go:9:2:   flow: ~r0 = &x:
./escape_seed_002_pointer.go:9:2:     from &x (address-of) at ./escape_seed_002_pointer.go:10:9
./escape_seed_002_pointer.go:9:2:     from return &x (return) at ./escape_seed_002_pointer.go:10:2
./escape_seed_002_pointer.go:9:2: moved to heap: x
./escape_seed_002_pointer.go:14:2: a escapes to heap:
./escape_seed_002_pointer.go:14:2:   flow: ~r0 = &a:
./escape_seed_002_pointer.go:14:2:     from a (address-of) at ./escape_seed_002_pointer.go:15:9
./escape_seed_002_pointer.go:14:2:     from a[:2] (slice) at ./escape_seed_002_pointer.go:15:10
./escape_seed_002_pointer.go:14:2:     from return a[:2] (return) at ./escape_seed_002_pointer.go:15:2
./escape_seed_002_pointer.go:14:2: moved to heap: a
./escape_seed_002_pointer.go:19:14: dst does not escape
