# command-line-arguments
./escape_chan.go:8:7: &T{...} escapes to heap:
./escape_chan.go:8:7:   flow: t = &{storage for &T{...}}:
./escape_chan.go:8:7:     from &T{...} (spill) at ./escape_chan.go:8:7
./escape_chan.go:8:7:     from t := &T{...} (assign) at ./escape_chan.go:8:4
./escape_chan.go:8:7:   flow: {heap} = t:
./escape_chan.go:8:7:     from ch <- t (send) at ./escape_chan.go:9:5
./escape_chan.go:7:14: ch does not escape
./escape_chan.go:8:7: &T{...} escapes to heap
./escape_chan.go:12:14: ch does not escape
./escape_chan.go:17:2: x escapes to heap:
./escape_chan.go:17:2:   flow: {heap} = &x:
./escape_chan.go:17:2:     from &x (address-of) at ./escape_chan.go:18:8
./escape_chan.go:17:2:     from ch <- &x (send) at ./escape_chan.go:18:5
./escape_chan.go:16:16: ch does not escape
./escape_chan.go:17:2: moved to heap: x
./escape_chan.go:21:16: ch does not escape
./escape_chan.go:34:7: &T{} escapes to heap:
./escape_chan.go:34:7:   flow: t = &{storage for &T{}}:
./escape_chan.go:34:7:     from &T{} (spill) at ./escape_chan.go:34:7
./escape_chan.go:34:7:     from t := &T{} (assign) at ./escape_chan.go:34:4
./escape_chan.go:34:7:   flow: {heap} = t:
./escape_chan.go:34:7:     from ch <- t (send) at ./escape_chan.go:36:10
./escape_chan.go:33:17: ch does not escape
./escape_chan.go:33:29: quit does not escape
./escape_chan.go:34:7: &T{} escapes to heap
./escape_chan.go:41:17: ch does not escape
./escape_chan.go:50:16: ch does not escape
./escape_chan.go:59:11: make([]int, 10) escapes to heap:
./escape_chan.go:59:11:   flow: s = &{storage for make([]int, 10)}:
./escape_chan.go:59:11:     from make([]int, 10) (spill) at ./escape_chan.go:59:11
./escape_chan.go:59:11:     from s := make([]int, 10) (assign) at ./escape_chan.go:59:4
./escape_chan.go:59:11:   flow: {heap} = s:
./escape_chan.go:59:11:     from ch <- s (send) at ./escape_chan.go:60:5
./escape_chan.go:58:16: ch does not escape
./escape_chan.go:59:11: make([]int, 10) escapes to heap
