# command-line-arguments
./escape_seed_003_point.go:9:2: x escapes to heap:
./escape_seed_003_point.go:9:2:   flow: ~r0 = &x:
./escape_seed_003_point.go:9:2:     from &x (address-of) at ./escape_seed_003_point.go:10:9
./escape_seed_003_point.go:9:2:     from return &x (return) at ./escape_seed_003_point.go:10:2
./escape_seed_003_point.go:9:2: moved to heap: x
./escape_seed_003_point.go:22:2: p escapes to heap:
./escape_seed_003_point.go:22:2:   flow: ~r0 = &p:
./escape_seed_003_point.go:22:2:     from &p (address-of) at ./escape_seed_003_point.go:23:9
./escape_seed_003_point.go:22:2:     from return &p (return) at ./escape_seed_003_point.go:23:2
./escape_seed_003_point.go:22:2: moved to heap: p
