# command-line-arguments
./escape_inline.go:20:9: &User{...} escapes to heap:
./escape_inline.go:20:9:   flow: ~r0 = &{storage for &User{...}}:
./escape_inline.go:20:9:     from &User{...} (spill) at ./escape_inline.go:20:9
./escape_inline.go:20:9:     from return &User{...} (return) at ./escape_inline.go:20:2
./escape_inline.go:19:14: parameter n leaks to {storage for &User{...}} with derefs=0:
./escape_inline.go:19:14:   flow: {storage for &User{...}} = n:
./escape_inline.go:19:14:     from User{...} (struct literal element) at ./escape_inline.go:20:14
./escape_inline.go:19:14: leaking param: n
./escape_inline.go:20:9: &User{...} escapes to heap
./escape_inline.go:23:11: parameter n leaks to {heap} with derefs=0:
./escape_inline.go:23:11:   flow: {heap} = n:
./escape_inline.go:23:11:     from NewUser(n) (call parameter) at ./escape_inline.go:24:16
./escape_inline.go:23:11: leaking param: n
./escape_inline.go:27:7: u does not escape
./escape_inline.go:37:2: counter capturing by ref: n (addr=false assign=true width=8)
./escape_inline.go:38:9: func literal escapes to heap:
./escape_inline.go:38:9:   flow: ~r0 = &{storage for func literal}:
./escape_inline.go:38:9:     from func literal (spill) at ./escape_inline.go:38:9
./escape_inline.go:38:9:     from return func literal (return) at ./escape_inline.go:38:2
./escape_inline.go:37:2: n escapes to heap:
./escape_inline.go:37:2:   flow: {storage for func literal} = &n:
./escape_inline.go:37:2:     from n (captured by a closure) at ./escape_inline.go:39:3
./escape_inline.go:37:2:     from n (reference) at ./escape_inline.go:39:3
./escape_inline.go:37:2: moved to heap: n
./escape_inline.go:38:9: func literal escapes to heap
./escape_inline.go:45:11: parameter u leaks to {heap} with derefs=0:
./escape_inline.go:45:11:   flow: {heap} = u:
./escape_inline.go:45:11:     from sink = u (assign) at ./escape_inline.go:46:7
./escape_inline.go:45:11: leaking param: u
./escape_inline.go:74:7: &Admin{...} does not escape
