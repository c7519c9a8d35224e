# command-line-arguments
./escape_slice.go:11:2: a escapes to heap:
./escape_slice.go:11:2:   flow: ~r0 = &a:
./escape_slice.go:11:2:     from a (address-of) at ./escape_slice.go:12:9
./escape_slice.go:11:2:     from a[:2] (slice) at ./escape_slice.go:12:10
./escape_slice.go:11:2:     from return a[:2] (return) at ./escape_slice.go:12:2
./escape_slice.go:11:2: moved to heap: a
./escape_slice.go:22:6: b escapes to heap:
./escape_slice.go:22:6:   flow: {heap} = &b:
./escape_slice.go:22:6:     from b (address-of) at ./escape_slice.go:23:7
./escape_slice.go:22:6:     from b[:] (slice) at ./escape_slice.go:23:8
./escape_slice.go:22:6:     from gs = b[:] (assign) at ./escape_slice.go:23:5
./escape_slice.go:22:6: moved to heap: b
./escape_slice.go:27:12: []int{...} does not escape
./escape_slice.go:32:14: []int{...} escapes to heap:
./escape_slice.go:32:14:   flow: ~r0 = &{storage for []int{...}}:
./escape_slice.go:32:14:     from []int{...} (spill) at ./escape_slice.go:32:14
./escape_slice.go:32:14:     from return []int{...} (return) at ./escape_slice.go:32:2
./escape_slice.go:32:14: []int{...} escapes to heap
./escape_slice.go:37:13: []*int{...} does not escape
./escape_slice.go:43:15: []*int{...} escapes to heap:
./escape_slice.go:43:15:   flow: ~r0 = &{storage for []*int{...}}:
./escape_slice.go:43:15:     from []*int{...} (spill) at ./escape_slice.go:43:15
./escape_slice.go:43:15:     from return []*int{...} (return) at ./escape_slice.go:43:2
./escape_slice.go:42:2: x escapes to heap:
./escape_slice.go:42:2:   flow: {storage for []*int{...}} = &x:
./escape_slice.go:42:2:     from &x (address-of) at ./escape_slice.go:43:16
./escape_slice.go:42:2:     from []*int{...} (slice-literal-element) at ./escape_slice.go:43:15
./escape_slice.go:42:2: moved to heap: x
./escape_slice.go:43:15: []*int{...} escapes to heap
./escape_slice.go:47:2: z escapes to heap:
./escape_slice.go:47:2:   flow: {heap} = &z:
./escape_slice.go:47:2:     from &z (address-of) at ./escape_slice.go:48:9
./escape_slice.go:47:2:     from s[0] = &z (assign) at ./escape_slice.go:48:7
./escape_slice.go:46:25: s does not escape
./escape_slice.go:47:2: moved to heap: z
./escape_slice.go:54:2: w escapes to heap:
./escape_slice.go:54:2:   flow: {heap} = &w:
./escape_slice.go:54:2:     from &w (address-of) at ./escape_slice.go:56:9
./escape_slice.go:54:2:     from s[0] = &w (assign) at ./escape_slice.go:56:7
./escape_slice.go:54:2: moved to heap: w
./escape_slice.go:55:11: make([]*int, 2) does not escape
./escape_slice.go:60:14: parameter s leaks to ~r0 with derefs=0:
./escape_slice.go:60:14:   flow: ~r0 = s:
./escape_slice.go:60:14:     from s[1:3] (slice) at ./escape_slice.go:61:10
./escape_slice.go:60:14:     from return s[1:3] (return) at ./escape_slice.go:61:2
./escape_slice.go:60:14: leaking param: s to result ~r0 level=0
./escape_slice.go:64:24: parameter p leaks to ~r0 with derefs=0:
./escape_slice.go:64:24:   flow: ~r0 = p:
./escape_slice.go:64:24:     from p[:] (slice) at ./escape_slice.go:65:10
./escape_slice.go:64:24:     from return p[:] (return) at ./escape_slice.go:65:2
./escape_slice.go:64:24: leaking param: p to result ~r0 level=0
./escape_slice.go:69:11: make([]int, 10) does not escape
./escape_slice.go:75:13: make([]int, 10) escapes to heap:
./escape_slice.go:75:13:   flow: ~r0 = &{storage for make([]int, 10)}:
./escape_slice.go:75:13:     from make([]int, 10) (spill) at ./escape_slice.go:75:13
./escape_slice.go:75:13:     from return make([]int, 10) (return) at ./escape_slice.go:75:2
./escape_slice.go:75:13: make([]int, 10) escapes to heap
./escape_slice.go:79:11: make([]int, 0, 16) does not escape
./escape_slice.go:86:2: s escapes to heap:
./escape_slice.go:86:2:   flow: ~r0 = &s:
./escape_slice.go:86:2:     from &s (address-of) at ./escape_slice.go:87:9
./escape_slice.go:86:2:     from return &s (return) at ./escape_slice.go:87:2
./escape_slice.go:86:13: []*int{...} escapes to heap:
./escape_slice.go:86:13:   flow: s = &{storage for []*int{...}}:
./escape_slice.go:86:13:     from []*int{...} (spill) at ./escape_slice.go:86:13
./escape_slice.go:86:13:     from s := []*int{...} (assign) at ./escape_slice.go:86:4
./escape_slice.go:85:2: v escapes to heap:
./escape_slice.go:85:2:   flow: {storage for []*int{...}} = &v:
./escape_slice.go:85:2:     from &v (address-of) at ./escape_slice.go:86:14
./escape_slice.go:85:2:     from []*int{...} (slice-literal-element) at ./escape_slice.go:86:13
./escape_slice.go:85:2: moved to heap: v
./escape_slice.go:86:2: moved to heap: s
./escape_slice.go:86:13: []*int{...} escapes to heap
