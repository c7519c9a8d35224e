# command-line-arguments
./escape_promoted.go:23:2: d.Named.name escapes to heap:
./escape_promoted.go:23:2:   flow: {heap} = &{storage for d.Named.name}:
./escape_promoted.go:23:2:     from d.Named.name (spill) at ./escape_promoted.go:23:2
./escape_promoted.go:23:2:     from sink = d.Named.name (assign) at ./escape_promoted.go:23:7
./escape_promoted.go:20:18: parameter d leaks to {heap} with derefs=1:
./escape_promoted.go:20:18:   flow: {heap} = *d:
./escape_promoted.go:20:18:     from d.Named (dot) at ./escape_promoted.go:22:10
./escape_promoted.go:20:18:     from d.Named.Counter (dot of pointer) at ./escape_promoted.go:22:10
./escape_promoted.go:20:18:     from d.Named.Counter.n (dot) at ./escape_promoted.go:22:10
./escape_promoted.go:20:18:     from d.Named.Counter.n (interface-converted) at ./escape_promoted.go:22:2
./escape_promoted.go:20:18:     from sink = d.Named.Counter.n (assign) at ./escape_promoted.go:22:7
./escape_promoted.go:20:8: parameter nm leaks to {heap} with derefs=0:
./escape_promoted.go:20:8:   flow: {heap} = nm:
./escape_promoted.go:20:8:     from nm.Counter (dot) at ./escape_promoted.go:21:11
./escape_promoted.go:20:8:     from nm.Counter.n (dot) at ./escape_promoted.go:21:11
./escape_promoted.go:20:8:     from nm.Counter.n (interface-converted) at ./escape_promoted.go:21:2
./escape_promoted.go:20:8:     from sink = nm.Counter.n (assign) at ./escape_promoted.go:21:7
./escape_promoted.go:20:18: parameter d leaks to {storage for d.Named.name} with derefs=1:
./escape_promoted.go:20:18:   flow: {storage for d.Named.name} = *d:
./escape_promoted.go:20:18:     from d.Named (dot) at ./escape_promoted.go:23:10
./escape_promoted.go:20:18:     from d.Named.name (dot of pointer) at ./escape_promoted.go:23:10
./escape_promoted.go:20:18:     from d.Named.name (interface-converted) at ./escape_promoted.go:23:2
./escape_promoted.go:20:8: leaking param: nm
./escape_promoted.go:20:18: leaking param content: d
./escape_promoted.go:23:2: d.Named.name escapes to heap
