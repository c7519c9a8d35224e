# command-line-arguments
./escape_global_init.go:10:13: new(int) escapes to heap:
./escape_global_init.go:10:13:   flow: {heap} = &{storage for new(int)}:
./escape_global_init.go:10:13:     from new(int) (spill) at ./escape_global_init.go:10:13
./escape_global_init.go:10:13:     from gp = new(int) (assign) at ./escape_global_init.go:10:5
./escape_global_init.go:14:16: make([]byte, 16) escapes to heap:
./escape_global_init.go:14:16:   flow: {heap} = &{storage for make([]byte, 16)}:
./escape_global_init.go:14:16:     from make([]byte, 16) (spill) at ./escape_global_init.go:14:16
./escape_global_init.go:14:16:     from gbuf = make([]byte, 16) (assign) at ./escape_global_init.go:14:5
./escape_global_init.go:10:13: new(int) escapes to heap
./escape_global_init.go:14:16: make([]byte, 16) escapes to heap
