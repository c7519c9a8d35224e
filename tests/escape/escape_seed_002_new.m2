# command-line-arguments
./escape_seed_002_new.go:13:6: x escapes to heap:
./escape_seed_002_new.go:13:6:   flow: ~r0 = &x:
./escape_seed_002_new.go:13:6:     from &x (address-of) at ./escape_seed_002_new.go:14:9
./escape_seed_002_new.go:13:6:     from return &x (return) at ./escape_seed_002_new.go:14:2
./escape_seed_002_new.go:13:6: moved to heap: x
./escape_seed_002_new.go:18:10: new(T) escapes to heap:
./escape_seed_002_new.go:18:10:   flow: p = &{storage for new(T)}:
./escape_seed_002_new.go:18:10:     from new(T) (spill) at ./escape_seed_002_new.go:18:10
./escape_seed_002_new.go:18:10:     from p := new(T) (assign) at ./escape_seed_002_new.go:18:4
./escape_seed_002_new.go:18:10:   flow: ~r0 = p:
./escape_seed_002_new.go:18:10:     from return p (return) at ./escape_seed_002_new.go:19:2
./escape_seed_002_new.go:18:10: new(T) escapes to heap
./escape_seed_002_new.go:23:10: new(T) does not escape
