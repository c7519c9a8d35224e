# command-line-arguments
./escape_seed_000_data.go:19:6: c escapes to heap:
./escape_seed_000_data.go:19:6:   flow: ~r0 = &c:
./escape_seed_000_data.go:19:6:     from &c (address-of) at ./escape_seed_000_data.go:22:9
./escape_seed_000_data.go:19:6:     from return &c (return) at ./escape_seed_000_data.go:22:2
./escape_seed_000_data.go:19:6: moved to heap: c
./escape_seed_000_data.go:26:13: ... argument does not escape
