# command-line-arguments
./escape_size.go:15:6: b escapes to heap:
./escape_size.go:15:6:   flow: {heap} = &b:
./escape_size.go:15:6:     from b (too large for stack) at ./escape_size.go:15:6
./escape_size.go:15:6: moved to heap: b
./escape_size.go:25:11: make([]int, 8192) does not escape
./escape_size.go:30:11: make([]int, 8193) escapes to heap:
./escape_size.go:30:11:   flow: {heap} = &{storage for make([]int, 8193)}:
./escape_size.go:30:11:     from make([]int, 8193) (too large for stack) at ./escape_size.go:30:11
./escape_size.go:30:11: make([]int, 8193) escapes to heap
./escape_size.go:36:11: make([]byte, 64 << 10) does not escape
./escape_size.go:41:11: make([]byte, 64 << 10 + 1) escapes to heap:
./escape_size.go:41:11:   flow: {heap} = &{storage for make([]byte, 64 << 10 + 1)}:
./escape_size.go:41:11:     from make([]byte, 64 << 10 + 1) (too large for stack) at ./escape_size.go:41:11
./escape_size.go:41:11: make([]byte, 64 << 10 + 1) escapes to heap
./escape_size.go:54:10: new(Small) does not escape
./escape_size.go:59:10: new(Big) escapes to heap:
./escape_size.go:59:10:   flow: {heap} = &{storage for new(Big)}:
./escape_size.go:59:10:     from new(Big) (too large for stack) at ./escape_size.go:59:10
./escape_size.go:59:10: new(Big) escapes to heap
./escape_size.go:64:7: &Small{} does not escape
./escape_size.go:69:7: &Big{} escapes to heap:
./escape_size.go:69:7:   flow: {heap} = &{storage for &Big{}}:
./escape_size.go:69:7:     from &Big{} (too large for stack) at ./escape_size.go:69:7
./escape_size.go:69:7: &Big{} escapes to heap
./escape_size.go:87:11: make([]int, n) does not escape
./escape_size.go:92:11: make([]int, n) escapes to heap:
./escape_size.go:92:11:   flow: {heap} = &{storage for make([]int, n)}:
./escape_size.go:92:11:     from make([]int, n) (non-constant size) at ./escape_size.go:92:11
./escape_size.go:92:11: make([]int, n) escapes to heap
./escape_size.go:97:11: make([]int, 0, n) escapes to heap:
./escape_size.go:97:11:   flow: {heap} = &{storage for make([]int, 0, n)}:
./escape_size.go:97:11:     from make([]int, 0, n) (non-constant size) at ./escape_size.go:97:11
./escape_size.go:97:11: make([]int, 0, n) escapes to heap
./escape_size.go:102:12: []int{...} does not escape
