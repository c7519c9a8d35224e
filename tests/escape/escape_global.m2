# command-line-arguments
./escape_global.go:18:2: x escapes to heap:
./escape_global.go:18:2:   flow: {heap} = &x:
./escape_global.go:18:2:     from &x (address-of) at ./escape_global.go:19:7
./escape_global.go:18:2:     from gp = &x (assign) at ./escape_global.go:19:5
./escape_global.go:18:2: moved to heap: x
./escape_global.go:23:2: y escapes to heap:
./escape_global.go:23:2:   flow: {heap} = &y:
./escape_global.go:23:2:     from &y (address-of) at ./escape_global.go:24:9
./escape_global.go:23:2:     from &y (interface-converted) at ./escape_global.go:24:2
./escape_global.go:23:2:     from sink = &y (assign) at ./escape_global.go:24:7
./escape_global.go:23:2: moved to heap: y
./escape_global.go:29:2: z escapes to heap:
./escape_global.go:29:2:   flow: {heap} = &{storage for z}:
./escape_global.go:29:2:     from z (spill) at ./escape_global.go:29:2
./escape_global.go:29:2:     from sink = z (assign) at ./escape_global.go:29:7
./escape_global.go:29:2: z escapes to heap
./escape_global.go:33:2: a escapes to heap:
./escape_global.go:33:2:   flow: {heap} = &a:
./escape_global.go:33:2:     from &a (address-of) at ./escape_global.go:34:18
./escape_global.go:33:2:     from append(gs, &a) (call parameter) at ./escape_global.go:34:13
./escape_global.go:33:2: moved to heap: a
./escape_global.go:38:2: b escapes to heap:
./escape_global.go:38:2:   flow: {heap} = &b:
./escape_global.go:38:2:     from &b (address-of) at ./escape_global.go:39:10
./escape_global.go:38:2:     from gs[0] = &b (assign) at ./escape_global.go:39:8
./escape_global.go:38:2: moved to heap: b
./escape_global.go:43:2: c escapes to heap:
./escape_global.go:43:2:   flow: {heap} = &c:
./escape_global.go:43:2:     from &c (address-of) at ./escape_global.go:44:12
./escape_global.go:43:2:     from garr[1] = &c (assign) at ./escape_global.go:44:10
./escape_global.go:43:2: moved to heap: c
./escape_global.go:48:2: d escapes to heap:
./escape_global.go:48:2:   flow: {heap} = &d:
./escape_global.go:48:2:     from &d (address-of) at ./escape_global.go:49:14
./escape_global.go:48:2:     from gstruct.p = &d (assign) at ./escape_global.go:49:12
./escape_global.go:48:2: moved to heap: d
./escape_global.go:63:10: new(int) escapes to heap:
./escape_global.go:63:10:   flow: {heap} = &{storage for new(int)}:
./escape_global.go:63:10:     from new(int) (spill) at ./escape_global.go:63:10
./escape_global.go:63:10:     from gp = new(int) (assign) at ./escape_global.go:63:5
./escape_global.go:63:10: new(int) escapes to heap
./escape_global.go:67:11: make([]*int, 10) escapes to heap:
./escape_global.go:67:11:   flow: {heap} = &{storage for make([]*int, 10)}:
./escape_global.go:67:11:     from make([]*int, 10) (spill) at ./escape_global.go:67:11
./escape_global.go:67:11:     from gs = make([]*int, 10) (assign) at ./escape_global.go:67:5
./escape_global.go:67:11: make([]*int, 10) escapes to heap
