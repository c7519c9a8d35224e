# command-line-arguments
./escape_seed_000_getmsg.go:12:9: 'a' escapes to heap:
./escape_seed_000_getmsg.go:12:9:   flow: ~r0 = &{storage for 'a'}:
./escape_seed_000_getmsg.go:12:9:     from 'a' (spill) at ./escape_seed_000_getmsg.go:12:9
./escape_seed_000_getmsg.go:12:9:     from return 'a' (return) at ./escape_seed_000_getmsg.go:12:2
./escape_seed_000_getmsg.go:12:9: 'a' escapes to heap
