# command-line-arguments
./escape_seed_004_iface_slice.go:16:2: 3 escapes to heap:
./escape_seed_004_iface_slice.go:16:2:   flow: {heap} = &{storage for 3}:
./escape_seed_004_iface_slice.go:16:2:     from 3 (spill) at ./escape_seed_004_iface_slice.go:16:2
./escape_seed_004_iface_slice.go:16:2:     from data[0] = 3 (assign) at ./escape_seed_004_iface_slice.go:16:10
./escape_seed_004_iface_slice.go:13:27: 2 escapes to heap:
./escape_seed_004_iface_slice.go:13:27:   flow: {storage for []interface {}{...}} = &{storage for 2}:
./escape_seed_004_iface_slice.go:13:27:     from 2 (spill) at ./escape_seed_004_iface_slice.go:13:27
./escape_seed_004_iface_slice.go:13:27:     from []interface {}{...} (slice-literal-element) at ./escape_seed_004_iface_slice.go:13:23
./escape_seed_004_iface_slice.go:13:27:   flow: data = &{storage for []interface {}{...}}:
./escape_seed_004_iface_slice.go:13:27:     from []interface {}{...} (spill) at ./escape_seed_004_iface_slice.go:13:23
./escape_seed_004_iface_slice.go:13:27:     from data := []interface {}{...} (assign) at ./escape_seed_004_iface_slice.go:13:7
./escape_seed_004_iface_slice.go:13:27:   flow: val = *data:
./escape_seed_004_iface_slice.go:13:27:     from data[0] (dot of pointer) at ./escape_seed_004_iface_slice.go:14:13
./escape_seed_004_iface_slice.go:13:27:     from val := data[0] (assign) at ./escape_seed_004_iface_slice.go:14:6
./escape_seed_004_iface_slice.go:13:27:   flow: {storage for ... argument} = val:
./escape_seed_004_iface_slice.go:13:27:     from ... argument (slice-literal-element) at ./escape_seed_004_iface_slice.go:15:12
./escape_seed_004_iface_slice.go:13:27:   flow: {heap} = {storage for ... argument}:
./escape_seed_004_iface_slice.go:13:27:     from ... argument (spill) at ./escape_seed_004_iface_slice.go:15:12
./escape_seed_004_iface_slice.go:13:27:     from fmt.Printf("%v\n", ... argument...) (call parameter) at ./escape_seed_004_iface_slice.go:15:12
./escape_seed_004_iface_slice.go:13:24: 1 escapes to heap:
./escape_seed_004_iface_slice.go:13:24:   flow: {storage for []interface {}{...}} = &{storage for 1}:
./escape_seed_004_iface_slice.go:13:24:     from 1 (spill) at ./escape_seed_004_iface_slice.go:13:24
./escape_seed_004_iface_slice.go:13:24:     from []interface {}{...} (slice-literal-element) at ./escape_seed_004_iface_slice.go:13:23
./escape_seed_004_iface_slice.go:13:24:   flow: data = &{storage for []interface {}{...}}:
./escape_seed_004_iface_slice.go:13:24:     from []interface {}{...} (spill) at ./escape_seed_004_iface_slice.go:13:23
./escape_seed_004_iface_slice.go:13:24:     from data := []interface {}{...} (assign) at ./escape_seed_004_iface_slice.go:13:7
./escape_seed_004_iface_slice.go:13:24:   flow: val = *data:
./escape_seed_004_iface_slice.go:13:24:     from data[0] (dot of pointer) at ./escape_seed_004_iface_slice.go:14:13
./escape_seed_004_iface_slice.go:13:24:     from val := data[0] (assign) at ./escape_seed_004_iface_slice.go:14:6
./escape_seed_004_iface_slice.go:13:24:   flow: {storage for ... argument} = val:
./escape_seed_004_iface_slice.go:13:24:     from ... argument (slice-literal-element) at ./escape_seed_004_iface_slice.go:15:12
./escape_seed_004_iface_slice.go:13:24:   flow: {heap} = {storage for ... argument}:
./escape_seed_004_iface_slice.go:13:24:     from ... argument (spill) at ./escape_seed_004_iface_slice.go:15:12
./escape_seed_004_iface_slice.go:13:24:     from fmt.Printf("%v\n", ... argument...) (call parameter) at ./escape_seed_004_iface_slice.go:15:12
./escape_seed_004_iface_slice.go:13:23: []interface {}{...} does not escape
./escape_seed_004_iface_slice.go:13:24: 1 escapes to heap
./escape_seed_004_iface_slice.go:13:27: 2 escapes to heap
./escape_seed_004_iface_slice.go:15:12: ... argument does not escape
./escape_seed_004_iface_slice.go:16:2: 3 escapes to heap
