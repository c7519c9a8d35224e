# command-line-arguments
./escape_seed_000_makesmall.go:19:2: obj escapes to heap:
./escape_seed_000_makesmall.go:19:2:   flow: ~r0 = &obj:
./escape_seed_000_makesmall.go:19:2:     from &obj (address-of) at ./escape_seed_000_makesmall.go:20:9
./escape_seed_000_makesmall.go:19:2:     from &obj (interface-converted) at ./escape_seed_000_makesmall.go:20:9
./escape_seed_000_makesmall.go:19:2:     from return &obj (return) at ./escape_seed_000_makesmall.go:20:2
./escape_seed_000_makesmall.go:19:2: moved to heap: obj
./escape_seed_000_makesmall.go:24:9: &Small{...} escapes to heap:
./escape_seed_000_makesmall.go:24:9:   flow: ~r0 = &{storage for &Small{...}}:
./escape_seed_000_makesmall.go:24:9:     from &Small{...} (spill) at ./escape_seed_000_makesmall.go:24:9
./escape_seed_000_makesmall.go:24:9:     from &Small{...} (interface-converted) at ./escape_seed_000_makesmall.go:24:9
./escape_seed_000_makesmall.go:24:9:     from return &Small{...} (return) at ./escape_seed_000_makesmall.go:24:2
./escape_seed_000_makesmall.go:24:9: &Small{...} escapes to heap
