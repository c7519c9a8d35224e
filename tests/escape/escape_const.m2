# command-line-arguments
./escape_const.go:14:2: 1 escapes to heap:
./escape_const.go:14:2:   flow: {heap} = &{storage for 1}:
./escape_const.go:14:2:     from 1 (spill) at ./escape_const.go:14:2
./escape_const.go:14:2:     from sink = 1 (assign) at ./escape_const.go:14:7
./escape_const.go:15:2: "const" escapes to heap:
./escape_const.go:15:2:   flow: {heap} = &{storage for "const"}:
./escape_const.go:15:2:     from "const" (spill) at ./escape_const.go:15:2
./escape_const.go:15:2:     from sink = "const" (assign) at ./escape_const.go:15:7
./escape_const.go:16:2: true escapes to heap:
./escape_const.go:16:2:   flow: {heap} = &{storage for true}:
./escape_const.go:16:2:     from true (spill) at ./escape_const.go:16:2
./escape_const.go:16:2:     from sink = true (assign) at ./escape_const.go:16:7
./escape_const.go:17:2: 2.5 escapes to heap:
./escape_const.go:17:2:   flow: {heap} = &{storage for 2.5}:
./escape_const.go:17:2:     from 2.5 (spill) at ./escape_const.go:17:2
./escape_const.go:17:2:     from sink = 2.5 (assign) at ./escape_const.go:17:7
./escape_const.go:18:2: 'r' escapes to heap:
./escape_const.go:18:2:   flow: {heap} = &{storage for 'r'}:
./escape_const.go:18:2:     from 'r' (spill) at ./escape_const.go:18:2
./escape_const.go:18:2:     from sink = 'r' (assign) at ./escape_const.go:18:7
./escape_const.go:20:2: Empty{} escapes to heap:
./escape_const.go:20:2:   flow: {heap} = &{storage for Empty{}}:
./escape_const.go:20:2:     from Empty{} (spill) at ./escape_const.go:20:2
./escape_const.go:20:2:     from sink = Empty{} (assign) at ./escape_const.go:20:7
./escape_const.go:21:2: [2]int{...} escapes to heap:
./escape_const.go:21:2:   flow: {heap} = &{storage for [2]int{...}}:
./escape_const.go:21:2:     from [2]int{...} (spill) at ./escape_const.go:21:2
./escape_const.go:21:2:     from sink = [2]int{...} (assign) at ./escape_const.go:21:7
./escape_const.go:22:2: struct { a int; b int }{...} escapes to heap:
./escape_const.go:22:2:   flow: {heap} = &{storage for struct { a int; b int }{...}}:
./escape_const.go:22:2:     from struct { a int; b int }{...} (spill) at ./escape_const.go:22:2
./escape_const.go:22:2:     from sink = struct { a int; b int }{...} (assign) at ./escape_const.go:22:7
./escape_const.go:24:2: b escapes to heap:
./escape_const.go:24:2:   flow: {heap} = &{storage for b}:
./escape_const.go:24:2:     from b (spill) at ./escape_const.go:24:2
./escape_const.go:24:2:     from sink = b (assign) at ./escape_const.go:24:7
./escape_const.go:25:2: uint64(1) << 40 escapes to heap:
./escape_const.go:25:2:   flow: {heap} = &{storage for uint64(1) << 40}:
./escape_const.go:25:2:     from uint64(1) << 40 (spill) at ./escape_const.go:25:2
./escape_const.go:25:2:     from sink = uint64(1) << 40 (assign) at ./escape_const.go:25:7
./escape_const.go:14:2: 1 escapes to heap
./escape_const.go:15:2: "const" escapes to heap
./escape_const.go:16:2: true escapes to heap
./escape_const.go:17:2: 2.5 escapes to heap
./escape_const.go:18:2: 'r' escapes to heap
./escape_const.go:20:2: Empty{} escapes to heap
./escape_const.go:21:2: [2]int{...} escapes to heap
./escape_const.go:22:2: struct { a int; b int }{...} escapes to heap
./escape_const.go:24:2: b escapes to heap
./escape_const.go:25:2: uint64(1) << 40 escapes to heap
./escape_const.go:29:6: 1 does not escape
./escape_const.go:30:6: "x" does not escape
./escape_const.go:37:2: Pi escapes to heap:
./escape_const.go:37:2:   flow: {heap} = &{storage for Pi}:
./escape_const.go:37:2:     from Pi (spill) at ./escape_const.go:37:2
./escape_const.go:37:2:     from sink = Pi (assign) at ./escape_const.go:37:7
./escape_const.go:37:2: Pi escapes to heap
./escape_const.go:40:20: e does not escape
