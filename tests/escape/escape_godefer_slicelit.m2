# command-line-arguments
./escape_godefer_slicelit.go:10:11: ps does not escape
./escape_godefer_slicelit.go:12:16: ps does not escape
./escape_godefer_slicelit.go:15:23: deferred capturing by value: .autotmp_0 (addr=false assign=false width=8)
./escape_godefer_slicelit.go:17:31: deferred capturing by value: .autotmp_1 (addr=false assign=false width=8)
./escape_godefer_slicelit.go:15:23: new(int) does not escape
./escape_godefer_slicelit.go:15:19: []*int{...} does not escape
./escape_godefer_slicelit.go:16:24: []*int{} does not escape
./escape_godefer_slicelit.go:17:31: new(int) does not escape
./escape_godefer_slicelit.go:17:24: []*int{...} does not escape
./escape_godefer_slicelit.go:21:2: func literal escapes to heap:
./escape_godefer_slicelit.go:21:2:   flow: {heap} = &{storage for func literal}:
./escape_godefer_slicelit.go:21:2:     from func literal (spill) at ./escape_godefer_slicelit.go:21:2
./escape_godefer_slicelit.go:22:2: func literal escapes to heap:
./escape_godefer_slicelit.go:22:2:   flow: {heap} = &{storage for func literal}:
./escape_godefer_slicelit.go:22:2:     from func literal (spill) at ./escape_godefer_slicelit.go:22:2
./escape_godefer_slicelit.go:21:20: started capturing by value: .autotmp_0 (addr=false assign=false width=8)
./escape_godefer_slicelit.go:21:30: started capturing by value: .autotmp_1 (addr=false assign=false width=8)
./escape_godefer_slicelit.go:21:30: new(int) escapes to heap:
./escape_godefer_slicelit.go:21:30:   flow: .autotmp_1 = &{storage for new(int)}:
./escape_godefer_slicelit.go:21:30:     from new(int) (spill) at ./escape_godefer_slicelit.go:21:30
./escape_godefer_slicelit.go:21:30:     from .autotmp_1 = new(int) (assign) at ./escape_godefer_slicelit.go:21:30
./escape_godefer_slicelit.go:21:30:   flow: {storage for func literal} = .autotmp_1:
./escape_godefer_slicelit.go:21:30:     from .autotmp_1 (captured by a closure) at ./escape_godefer_slicelit.go:21:16
./escape_godefer_slicelit.go:21:20: new(int) escapes to heap:
./escape_godefer_slicelit.go:21:20:   flow: .autotmp_0 = &{storage for new(int)}:
./escape_godefer_slicelit.go:21:20:     from new(int) (spill) at ./escape_godefer_slicelit.go:21:20
./escape_godefer_slicelit.go:21:20:     from .autotmp_0 = new(int) (assign) at ./escape_godefer_slicelit.go:21:20
./escape_godefer_slicelit.go:21:20:   flow: {storage for func literal} = .autotmp_0:
./escape_godefer_slicelit.go:21:20:     from .autotmp_0 (captured by a closure) at ./escape_godefer_slicelit.go:21:16
./escape_godefer_slicelit.go:21:20: new(int) escapes to heap
./escape_godefer_slicelit.go:21:30: new(int) escapes to heap
./escape_godefer_slicelit.go:21:16: []*int{...} does not escape
./escape_godefer_slicelit.go:22:21: []*int{...} does not escape
./escape_godefer_slicelit.go:27:3: func literal escapes to heap:
./escape_godefer_slicelit.go:27:3:   flow: {heap} = &{storage for func literal}:
./escape_godefer_slicelit.go:27:3:     from func literal (spill) at ./escape_godefer_slicelit.go:27:3
./escape_godefer_slicelit.go:27:24: deferredInLoop capturing by value: .autotmp_1 (addr=false assign=false width=8)
./escape_godefer_slicelit.go:27:24: new(int) escapes to heap:
./escape_godefer_slicelit.go:27:24:   flow: .autotmp_1 = &{storage for new(int)}:
./escape_godefer_slicelit.go:27:24:     from new(int) (spill) at ./escape_godefer_slicelit.go:27:24
./escape_godefer_slicelit.go:27:24:     from .autotmp_1 = new(int) (assign) at ./escape_godefer_slicelit.go:27:24
./escape_godefer_slicelit.go:27:24:   flow: {storage for func literal} = .autotmp_1:
./escape_godefer_slicelit.go:27:24:     from .autotmp_1 (captured by a closure) at ./escape_godefer_slicelit.go:27:20
./escape_godefer_slicelit.go:27:24: new(int) escapes to heap
./escape_godefer_slicelit.go:27:20: []*int{...} does not escape
