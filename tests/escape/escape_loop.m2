# command-line-arguments
./escape_loop.go:12:3: x escapes to heap:
./escape_loop.go:12:3:   flow: p = &x:
./escape_loop.go:12:3:     from &x (address-of) at ./escape_loop.go:13:7
./escape_loop.go:12:3:     from p = &x (assign) at ./escape_loop.go:13:5
./escape_loop.go:12:3: moved to heap: x
./escape_loop.go:31:10: new(int) escapes to heap:
./escape_loop.go:31:10:   flow: p = &{storage for new(int)}:
./escape_loop.go:31:10:     from new(int) (spill) at ./escape_loop.go:31:10
./escape_loop.go:31:10:     from p = new(int) (assign) at ./escape_loop.go:31:5
./escape_loop.go:31:10: new(int) escapes to heap
./escape_loop.go:40:11: new(int) does not escape
./escape_loop.go:52:4: y escapes to heap:
./escape_loop.go:52:4:   flow: r = &y:
./escape_loop.go:52:4:     from &y (address-of) at ./escape_loop.go:53:8
./escape_loop.go:52:4:     from r = &y (assign) at ./escape_loop.go:53:6
./escape_loop.go:52:4: moved to heap: y
./escape_loop.go:83:12: []int{...} escapes to heap:
./escape_loop.go:83:12:   flow: s = &{storage for []int{...}}:
./escape_loop.go:83:12:     from []int{...} (spill) at ./escape_loop.go:83:12
./escape_loop.go:83:12:     from s = []int{...} (assign) at ./escape_loop.go:83:5
./escape_loop.go:83:12: []int{...} escapes to heap
./escape_loop.go:91:3: v escapes to heap:
./escape_loop.go:91:3:   flow: p = &v:
./escape_loop.go:91:3:     from &v (address-of) at ./escape_loop.go:92:7
./escape_loop.go:91:3:     from p = &v (assign) at ./escape_loop.go:92:5
./escape_loop.go:88:16: a does not escape
./escape_loop.go:91:3: moved to heap: v
./escape_loop.go:108:4: w escapes to heap:
./escape_loop.go:108:4:   flow: p = &w:
./escape_loop.go:108:4:     from &w (address-of) at ./escape_loop.go:109:8
./escape_loop.go:108:4:     from p = &w (assign) at ./escape_loop.go:109:6
./escape_loop.go:108:4: moved to heap: w
