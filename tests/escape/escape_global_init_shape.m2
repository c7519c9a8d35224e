# command-line-arguments
./escape_global_init_shape.go:17:13: make([]byte, n) escapes to heap:
./escape_global_init_shape.go:17:13:   flow: {heap} = &{storage for make([]byte, n)}:
./escape_global_init_shape.go:17:13:     from make([]byte, n) (non-constant size) at ./escape_global_init_shape.go:17:13
./escape_global_init_shape.go:17:13: make([]byte, n) escapes to heap
./escape_global_init_shape.go:35:25: map[string]*Addr{...} escapes to heap:
./escape_global_init_shape.go:35:25:   flow: {heap} = &{storage for map[string]*Addr{...}}:
./escape_global_init_shape.go:35:25:     from map[string]*Addr{...} (spill) at ./escape_global_init_shape.go:35:25
./escape_global_init_shape.go:35:25:     from m = map[string]*Addr{...} (assign) at ./escape_global_init_shape.go:35:5
./escape_global_init_shape.go:35:31: &Addr{...} escapes to heap:
./escape_global_init_shape.go:35:31:   flow: {heap} = &{storage for &Addr{...}}:
./escape_global_init_shape.go:35:31:     from &Addr{...} (spill) at ./escape_global_init_shape.go:35:31
./escape_global_init_shape.go:35:31:     from map[string]*Addr{...} (map literal value) at ./escape_global_init_shape.go:35:25
./escape_global_init_shape.go:35:25: map[string]*Addr{...} escapes to heap
./escape_global_init_shape.go:35:31: &Addr{...} escapes to heap
