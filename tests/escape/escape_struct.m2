# command-line-arguments
./escape_struct.go:24:2: x escapes to heap:
./escape_struct.go:24:2:   flow: {heap} = &x:
./escape_struct.go:24:2:     from &x (address-of) at ./escape_struct.go:25:11
./escape_struct.go:24:2:     from n.data = &x (assign) at ./escape_struct.go:25:9
./escape_struct.go:23:7: &Node{...} escapes to heap:
./escape_struct.go:23:7:   flow: n = &{storage for &Node{...}}:
./escape_struct.go:23:7:     from &Node{...} (spill) at ./escape_struct.go:23:7
./escape_struct.go:23:7:     from n := &Node{...} (assign) at ./escape_struct.go:23:4
./escape_struct.go:23:7:   flow: {heap} = n:
./escape_struct.go:23:7:     from groot = n (assign) at ./escape_struct.go:26:8
./escape_struct.go:24:2: moved to heap: x
./escape_struct.go:23:7: &Node{...} escapes to heap
./escape_struct.go:30:2: y escapes to heap:
./escape_struct.go:30:2:   flow: {heap} = &y:
./escape_struct.go:30:2:     from &y (address-of) at ./escape_struct.go:31:11
./escape_struct.go:30:2:     from n.data = &y (assign) at ./escape_struct.go:31:9
./escape_struct.go:29:21: n does not escape
./escape_struct.go:30:2: moved to heap: y
./escape_struct.go:34:35: parameter p leaks to {heap} with derefs=0:
./escape_struct.go:34:35:   flow: {heap} = p:
./escape_struct.go:34:35:     from n.data = p (assign) at ./escape_struct.go:35:9
./escape_struct.go:34:26: n does not escape
./escape_struct.go:34:35: leaking param: p
./escape_struct.go:45:2: w escapes to heap:
./escape_struct.go:45:2:   flow: ~r0 = &w:
./escape_struct.go:45:2:     from &w (address-of) at ./escape_struct.go:46:20
./escape_struct.go:45:2:     from Node{...} (struct literal element) at ./escape_struct.go:46:13
./escape_struct.go:45:2:     from return Node{...} (return) at ./escape_struct.go:46:2
./escape_struct.go:45:2: moved to heap: w
./escape_struct.go:49:24: parameter n leaks to ~r0 with derefs=0:
./escape_struct.go:49:24:   flow: ~r0 = n:
./escape_struct.go:49:24:     from return n (return) at ./escape_struct.go:50:2
./escape_struct.go:49:24: leaking param: n to result ~r0 level=0
./escape_struct.go:53:19: parameter n leaks to ~r0 with derefs=1:
./escape_struct.go:53:19:   flow: ~r0 = *n:
./escape_struct.go:53:19:     from n.next (dot of pointer) at ./escape_struct.go:54:10
./escape_struct.go:53:19:     from return n.next (return) at ./escape_struct.go:54:2
./escape_struct.go:53:19: leaking param: n to result ~r0 level=1
./escape_struct.go:72:2: u escapes to heap:
./escape_struct.go:72:2:   flow: o = &u:
./escape_struct.go:72:2:     from &u (address-of) at ./escape_struct.go:73:26
./escape_struct.go:72:2:     from inner{...} (struct literal element) at ./escape_struct.go:73:22
./escape_struct.go:72:2:     from outer{...} (struct literal element) at ./escape_struct.go:73:12
./escape_struct.go:72:2:     from o := outer{...} (assign) at ./escape_struct.go:73:4
./escape_struct.go:72:2:   flow: ~r0 = o:
./escape_struct.go:72:2:     from o.in (dot) at ./escape_struct.go:74:10
./escape_struct.go:72:2:     from o.in.p (dot) at ./escape_struct.go:74:13
./escape_struct.go:72:2:     from return o.in.p (return) at ./escape_struct.go:74:2
./escape_struct.go:72:2: moved to heap: u
./escape_struct.go:78:7: &Node{...} does not escape
./escape_struct.go:78:27: &Node{} does not escape
./escape_struct.go:85:9: &Node{...} escapes to heap:
./escape_struct.go:85:9:   flow: ~r0 = &{storage for &Node{...}}:
./escape_struct.go:85:9:     from &Node{...} (spill) at ./escape_struct.go:85:9
./escape_struct.go:85:9:     from return &Node{...} (return) at ./escape_struct.go:85:2
./escape_struct.go:85:29: &Node{...} escapes to heap:
./escape_struct.go:85:29:   flow: {storage for &Node{...}} = &{storage for &Node{...}}:
./escape_struct.go:85:29:     from &Node{...} (spill) at ./escape_struct.go:85:29
./escape_struct.go:85:29:     from Node{...} (struct literal element) at ./escape_struct.go:85:14
./escape_struct.go:85:9: &Node{...} escapes to heap
./escape_struct.go:85:29: &Node{...} escapes to heap
./escape_struct.go:89:9: &struct {}{} escapes to heap:
./escape_struct.go:89:9:   flow: ~r0 = &{storage for &struct {}{}}:
./escape_struct.go:89:9:     from &struct {}{} (spill) at ./escape_struct.go:89:9
./escape_struct.go:89:9:     from return &struct {}{} (return) at ./escape_struct.go:89:2
./escape_struct.go:89:9: &struct {}{} escapes to heap
