# command-line-arguments
./escape_indir.go:9:2: x escapes to heap:
./escape_indir.go:9:2:   flow: {heap} = &x:
./escape_indir.go:9:2:     from &x (address-of) at ./escape_indir.go:10:8
./escape_indir.go:9:2:     from *pp = &x (assign) at ./escape_indir.go:10:6
./escape_indir.go:8:19: pp does not escape
./escape_indir.go:9:2: moved to heap: x
./escape_indir.go:14:2: y escapes to heap:
./escape_indir.go:14:2:   flow: {heap} = &y:
./escape_indir.go:14:2:     from &y (address-of) at ./escape_indir.go:17:8
./escape_indir.go:14:2:     from *pp = &y (assign) at ./escape_indir.go:17:6
./escape_indir.go:14:2: moved to heap: y
./escape_indir.go:21:11: a does not escape
./escape_indir.go:21:14: b does not escape
./escape_indir.go:31:13: p does not escape
./escape_indir.go:41:34: parameter p leaks to {heap} with derefs=0:
./escape_indir.go:41:34:   flow: {heap} = p:
./escape_indir.go:41:34:     from *pp = p (assign) at ./escape_indir.go:42:6
./escape_indir.go:41:24: pp does not escape
./escape_indir.go:41:34: leaking param: p
./escape_indir.go:46:2: a escapes to heap:
./escape_indir.go:46:2:   flow: {heap} = &a:
./escape_indir.go:46:2:     from &a (address-of) at ./escape_indir.go:48:24
./escape_indir.go:46:2:     from storeParamThrough(&p, &a) (call parameter) at ./escape_indir.go:48:19
./escape_indir.go:46:2: moved to heap: a
./escape_indir.go:61:12: make([]int, 4) escapes to heap:
./escape_indir.go:61:12:   flow: {heap} = &{storage for make([]int, 4)}:
./escape_indir.go:61:12:     from make([]int, 4) (spill) at ./escape_indir.go:61:12
./escape_indir.go:61:12:     from *ps = make([]int, 4) (assign) at ./escape_indir.go:61:6
./escape_indir.go:60:31: ps does not escape
./escape_indir.go:61:12: make([]int, 4) escapes to heap
