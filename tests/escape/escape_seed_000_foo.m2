# command-line-arguments
./escape_seed_000_foo.go:21:6: result escapes to heap:
./escape_seed_000_foo.go:21:6:   flow: ~r0 = &result:
./escape_seed_000_foo.go:21:6:     from &result (address-of) at ./escape_seed_000_foo.go:23:9
./escape_seed_000_foo.go:21:6:     from return &result (return) at ./escape_seed_000_foo.go:23:2
./escape_seed_000_foo.go:21:6: moved to heap: result
./escape_seed_000_foo.go:26:8: p does not escape
./escape_seed_000_foo.go:31:7: &foo{} does not escape
