# command-line-arguments
./escape_make.go:13:11: make([]int, N) does not escape
./escape_make.go:18:11: make([]int, N * 2, N * 4) does not escape
./escape_make.go:23:11: make([]int, 4, n) escapes to heap:
./escape_make.go:23:11:   flow: {heap} = &{storage for make([]int, 4, n)}:
./escape_make.go:23:11:     from make([]int, 4, n) (non-constant size) at ./escape_make.go:23:11
./escape_make.go:23:11: make([]int, 4, n) escapes to heap
./escape_make.go:28:11: make([]int, 0) does not escape
./escape_make.go:33:11: make([]int, N) escapes to heap:
./escape_make.go:33:11:   flow: {heap} = &{storage for make([]int, N)}:
./escape_make.go:33:11:     from make([]int, N) (spill) at ./escape_make.go:33:11
./escape_make.go:33:11:     from gs = make([]int, N) (assign) at ./escape_make.go:33:5
./escape_make.go:33:11: make([]int, N) escapes to heap
./escape_make.go:37:13: make([]int, n) escapes to heap:
./escape_make.go:37:13:   flow: {heap} = &{storage for make([]int, n)}:
./escape_make.go:37:13:     from make([]int, n) (non-constant size) at ./escape_make.go:37:13
./escape_make.go:37:13: make([]int, n) escapes to heap
./escape_make.go:42:11: make([]P, 10) does not escape
./escape_make.go:47:11: make([]string, 3) does not escape
./escape_make.go:53:11: make([]byte, len(s)) escapes to heap:
./escape_make.go:53:11:   flow: {heap} = &{storage for make([]byte, len(s))}:
./escape_make.go:53:11:     from make([]byte, len(s)) (non-constant size) at ./escape_make.go:53:11
./escape_make.go:52:23: s does not escape
./escape_make.go:53:11: make([]byte, len(s)) escapes to heap
./escape_make.go:60:11: make([]int, n) escapes to heap:
./escape_make.go:60:11:   flow: {heap} = &{storage for make([]int, n)}:
./escape_make.go:60:11:     from make([]int, n) (non-constant size) at ./escape_make.go:60:11
./escape_make.go:60:11: make([]int, n) escapes to heap
./escape_make.go:65:2: x escapes to heap:
./escape_make.go:65:2:   flow: {heap} = &x:
./escape_make.go:65:2:     from &x (address-of) at ./escape_make.go:67:9
./escape_make.go:65:2:     from s[0] = &x (assign) at ./escape_make.go:67:7
./escape_make.go:65:2: moved to heap: x
./escape_make.go:66:11: make([]*int, 1) does not escape
