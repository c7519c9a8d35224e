# command-line-arguments
./escape_paramkinds.go:19:2: n escapes to heap:
./escape_paramkinds.go:19:2:   flow: {heap} = &{storage for n}:
./escape_paramkinds.go:19:2:     from n (spill) at ./escape_paramkinds.go:19:2
./escape_paramkinds.go:19:2:     from sink = n (assign) at ./escape_paramkinds.go:19:7
./escape_paramkinds.go:19:2: n escapes to heap
./escape_paramkinds.go:38:18: v does not escape
./escape_paramkinds.go:42:17: parameter v leaks to {heap} with derefs=0:
./escape_paramkinds.go:42:17:   flow: {heap} = v:
./escape_paramkinds.go:42:17:     from v (interface-converted) at ./escape_paramkinds.go:43:2
./escape_paramkinds.go:42:17:     from sink = v (assign) at ./escape_paramkinds.go:43:7
./escape_paramkinds.go:42:17: leaking param: v
./escape_paramkinds.go:46:18: s does not escape
./escape_paramkinds.go:51:2: s escapes to heap:
./escape_paramkinds.go:51:2:   flow: {heap} = &{storage for s}:
./escape_paramkinds.go:51:2:     from s (spill) at ./escape_paramkinds.go:51:2
./escape_paramkinds.go:51:2:     from sink = s (assign) at ./escape_paramkinds.go:51:7
./escape_paramkinds.go:50:17: parameter s leaks to {storage for s} with derefs=0:
./escape_paramkinds.go:50:17:   flow: {storage for s} = s:
./escape_paramkinds.go:50:17:     from s (interface-converted) at ./escape_paramkinds.go:51:2
./escape_paramkinds.go:50:17: leaking param: s
./escape_paramkinds.go:51:2: s escapes to heap
./escape_paramkinds.go:54:24: parameter n leaks to ~r0 with derefs=0:
./escape_paramkinds.go:54:24:   flow: ~r0 = n:
./escape_paramkinds.go:54:24:     from n.Name (dot) at ./escape_paramkinds.go:55:10
./escape_paramkinds.go:54:24:     from return n.Name (return) at ./escape_paramkinds.go:55:2
./escape_paramkinds.go:54:24: leaking param: n to result ~r0 level=0
./escape_paramkinds.go:58:17: s does not escape
./escape_paramkinds.go:62:17: e does not escape
./escape_paramkinds.go:66:15: p does not escape
./escape_paramkinds.go:70:18: pp does not escape
./escape_paramkinds.go:74:26: parameter a leaks to ~r0 with derefs=0:
./escape_paramkinds.go:74:26:   flow: ~r0 = a:
./escape_paramkinds.go:74:26:     from a[1] (fixed-array-index-of) at ./escape_paramkinds.go:75:10
./escape_paramkinds.go:74:26:     from return a[1] (return) at ./escape_paramkinds.go:75:2
./escape_paramkinds.go:74:26: leaking param: a to result ~r0 level=0
