# command-line-arguments
./escape_seed_004_ptr_slice.go:12:2: a escapes to heap:
./escape_seed_004_ptr_slice.go:12:2:   flow: {heap} = &a:
./escape_seed_004_ptr_slice.go:12:2:     from &a (address-of) at ./escape_seed_004_ptr_slice.go:13:11
./escape_seed_004_ptr_slice.go:12:2:     from dat[0] = &a (assign) at ./escape_seed_004_ptr_slice.go:13:9
./escape_seed_004_ptr_slice.go:14:23: *dat[0] escapes to heap:
./escape_seed_004_ptr_slice.go:14:23:   flow: {storage for ... argument} = &{storage for *dat[0]}:
./escape_seed_004_ptr_slice.go:14:23:     from *dat[0] (spill) at ./escape_seed_004_ptr_slice.go:14:23
./escape_seed_004_ptr_slice.go:14:23:     from ... argument (slice-literal-element) at ./escape_seed_004_ptr_slice.go:14:12
./escape_seed_004_ptr_slice.go:14:23:   flow: {heap} = {storage for ... argument}:
./escape_seed_004_ptr_slice.go:14:23:     from ... argument (spill) at ./escape_seed_004_ptr_slice.go:14:12
./escape_seed_004_ptr_slice.go:14:23:     from fmt.Printf("%v\r\n", ... argument...) (call parameter) at ./escape_seed_004_ptr_slice.go:14:12
./escape_seed_004_ptr_slice.go:12:2: moved to heap: a
./escape_seed_004_ptr_slice.go:11:15: []*int{...} does not escape
./escape_seed_004_ptr_slice.go:14:12: ... argument does not escape
./escape_seed_004_ptr_slice.go:14:23: *dat[0] escapes to heap
./escape_seed_004_ptr_slice.go:15:12: ... argument does not escape
