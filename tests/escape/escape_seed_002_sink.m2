# command-line-arguments
./escape_seed_002_sink.go:10:11: parameter p leaks to {heap} with derefs=0:
./escape_seed_002_sink.go:10:11:   flow: {heap} = p:
./escape_seed_002_sink.go:10:11:     from global = p (assign) at ./escape_seed_002_sink.go:10:28
./escape_seed_002_sink.go:10:11: leaking param: p
./escape_seed_002_sink.go:13:2: x escapes to heap:
./escape_seed_002_sink.go:13:2:   flow: {heap} = &x:
./escape_seed_002_sink.go:13:2:     from &x (address-of) at ./escape_seed_002_sink.go:14:7
./escape_seed_002_sink.go:13:2:     from sink(&x) (call parameter) at ./escape_seed_002_sink.go:14:6
./escape_seed_002_sink.go:13:2: moved to heap: x
