# command-line-arguments
./escape_seed_000_getuser.go:13:2: u escapes to heap:
./escape_seed_000_getuser.go:13:2:   flow: ~r0 = &u:
./escape_seed_000_getuser.go:13:2:     from &u (address-of) at ./escape_seed_000_getuser.go:14:9
./escape_seed_000_getuser.go:13:2:     from return &u (return) at ./escape_seed_000_getuser.go:14:2
./escape_seed_000_getuser.go:13:2: moved to heap: u
