# command-line-arguments
./escape_copy.go:8:15: dst does not escape
./escape_copy.go:8:20: src does not escape
./escape_copy.go:12:20: parameter src leaks to {heap} with derefs=1:
./escape_copy.go:12:20:   flow: {heap} = *src:
./escape_copy.go:12:20:     from copy(dst, src) (call parameter) at ./escape_copy.go:13:13
./escape_copy.go:12:20:     from copy(dst, src) (copied slice) at ./escape_copy.go:13:13
./escape_copy.go:12:15: dst does not escape
./escape_copy.go:12:20: leaking param content: src
./escape_copy.go:17:12: []int{...} does not escape
./escape_copy.go:18:11: make([]int, 3) does not escape
./escape_copy.go:24:2: x escapes to heap:
./escape_copy.go:24:2:   flow: {storage for []*int{...}} = &x:
./escape_copy.go:24:2:     from &x (address-of) at ./escape_copy.go:25:14
./escape_copy.go:24:2:     from []*int{...} (slice-literal-element) at ./escape_copy.go:25:13
./escape_copy.go:24:2:   flow: a = &{storage for []*int{...}}:
./escape_copy.go:24:2:     from []*int{...} (spill) at ./escape_copy.go:25:13
./escape_copy.go:24:2:     from a := []*int{...} (assign) at ./escape_copy.go:25:4
./escape_copy.go:24:2:   flow: {heap} = *a:
./escape_copy.go:24:2:     from copy(b, a) (call parameter) at ./escape_copy.go:27:6
./escape_copy.go:24:2:     from copy(b, a) (copied slice) at ./escape_copy.go:27:6
./escape_copy.go:24:2: moved to heap: x
./escape_copy.go:25:13: []*int{...} does not escape
./escape_copy.go:26:11: make([]*int, 1) does not escape
./escape_copy.go:31:21: dst does not escape
./escape_copy.go:31:33: s does not escape
