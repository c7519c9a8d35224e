# command-line-arguments
./escape_seed_003_big.go:11:2: b escapes to heap:
./escape_seed_003_big.go:11:2:   flow: ~r0 = &b:
./escape_seed_003_big.go:11:2:     from &b (address-of) at ./escape_seed_003_big.go:12:9
./escape_seed_003_big.go:11:2:     from return &b (return) at ./escape_seed_003_big.go:12:2
./escape_seed_003_big.go:11:2: moved to heap: b
