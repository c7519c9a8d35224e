# command-line-arguments
./escape_global_closure.go:10:14: parameter p leaks to ~r0 with derefs=0:
./escape_global_closure.go:10:14:   flow: ~r0 = p:
./escape_global_closure.go:10:14:     from return p (return) at ./escape_global_closure.go:10:29
./escape_global_closure.go:10:14: leaking param: p to result ~r0 level=0
./escape_global_closure.go:13:2: x escapes to heap:
./escape_global_closure.go:13:2:   flow: ~r0 = &x:
./escape_global_closure.go:13:2:     from &x (address-of) at ./escape_global_closure.go:14:9
./escape_global_closure.go:13:2:     from return &x (return) at ./escape_global_closure.go:14:2
./escape_global_closure.go:13:2: moved to heap: x
./escape_global_closure.go:17:14: s does not escape
./escape_global_closure.go:20:31: []int{...} escapes to heap:
./escape_global_closure.go:20:31:   flow: {heap} = &{storage for []int{...}}:
./escape_global_closure.go:20:31:     from []int{...} (spill) at ./escape_global_closure.go:20:31
./escape_global_closure.go:20:31:     from h([]int{...}) (call parameter) at ./escape_global_closure.go:20:25
./escape_global_closure.go:20:25: h([]int{...}) escapes to heap:
./escape_global_closure.go:20:25:   flow: {storage for ... argument} = &{storage for h([]int{...})}:
./escape_global_closure.go:20:25:     from h([]int{...}) (spill) at ./escape_global_closure.go:20:25
./escape_global_closure.go:20:25:     from ... argument (slice-literal-element) at ./escape_global_closure.go:20:13
./escape_global_closure.go:20:25:   flow: {heap} = {storage for ... argument}:
./escape_global_closure.go:20:25:     from ... argument (spill) at ./escape_global_closure.go:20:13
./escape_global_closure.go:20:25:     from fmt.Println(... argument...) (call parameter) at ./escape_global_closure.go:20:13
./escape_global_closure.go:20:18: *g() escapes to heap:
./escape_global_closure.go:20:18:   flow: {storage for ... argument} = &{storage for *g()}:
./escape_global_closure.go:20:18:     from *g() (spill) at ./escape_global_closure.go:20:18
./escape_global_closure.go:20:18:     from ... argument (slice-literal-element) at ./escape_global_closure.go:20:13
./escape_global_closure.go:20:18:   flow: {heap} = {storage for ... argument}:
./escape_global_closure.go:20:18:     from ... argument (spill) at ./escape_global_closure.go:20:13
./escape_global_closure.go:20:18:     from fmt.Println(... argument...) (call parameter) at ./escape_global_closure.go:20:13
./escape_global_closure.go:20:14: *r escapes to heap:
./escape_global_closure.go:20:14:   flow: {storage for ... argument} = &{storage for *r}:
./escape_global_closure.go:20:14:     from *r (spill) at ./escape_global_closure.go:20:14
./escape_global_closure.go:20:14:     from ... argument (slice-literal-element) at ./escape_global_closure.go:20:13
./escape_global_closure.go:20:14:   flow: {heap} = {storage for ... argument}:
./escape_global_closure.go:20:14:     from ... argument (spill) at ./escape_global_closure.go:20:13
./escape_global_closure.go:20:14:     from fmt.Println(... argument...) (call parameter) at ./escape_global_closure.go:20:13
./escape_global_closure.go:20:13: ... argument does not escape
./escape_global_closure.go:20:14: *r escapes to heap
./escape_global_closure.go:20:18: *g() escapes to heap
./escape_global_closure.go:20:25: h([]int{...}) escapes to heap
./escape_global_closure.go:20:31: []int{...} escapes to heap
./escape_global_closure.go:10:43: new(int) escapes to heap:
./escape_global_closure.go:10:43:   flow: {heap} = &{storage for new(int)}:
./escape_global_closure.go:10:43:     from new(int) (spill) at ./escape_global_closure.go:10:43
./escape_global_closure.go:10:43:     from (func literal)(new(int)) (call parameter) at ./escape_global_closure.go:10:39
./escape_global_closure.go:10:43:     from r = (func literal)(new(int)) (assign) at ./escape_global_closure.go:10:5
./escape_global_closure.go:10:9: func literal does not escape
./escape_global_closure.go:10:43: new(int) escapes to heap
