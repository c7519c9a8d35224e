# command-line-arguments
./escape_recursive.go:17:11: parameter p leaks to ~r0 with derefs=0:
./escape_recursive.go:17:11:   flow: ~r0 = p:
./escape_recursive.go:17:11:     from return p (return) at ./escape_recursive.go:19:3
./escape_recursive.go:17:11: leaking param: p to result ~r0 level=0
./escape_recursive.go:29:11: p does not escape
./escape_recursive.go:36:11: q does not escape
./escape_recursive.go:48:11: parameter p leaks to {heap} with derefs=0:
./escape_recursive.go:48:11:   flow: {heap} = p:
./escape_recursive.go:48:11:     from gp = p (assign) at ./escape_recursive.go:50:6
./escape_recursive.go:56:10: parameter q leaks to {heap} with derefs=0:
./escape_recursive.go:56:10:   flow: p = q:
./escape_recursive.go:56:10:     from even(q, n - 1) (call parameter) at ./escape_recursive.go:60:13
./escape_recursive.go:56:10:   flow: {heap} = p:
./escape_recursive.go:56:10:     from gp = p (assign) at ./escape_recursive.go:50:6
./escape_recursive.go:48:11: leaking param: p
./escape_recursive.go:56:10: leaking param: q
./escape_recursive.go:64:2: z escapes to heap:
./escape_recursive.go:64:2:   flow: {heap} = &z:
./escape_recursive.go:64:2:     from &z (address-of) at ./escape_recursive.go:65:14
./escape_recursive.go:64:2:     from even(&z, 2) (call parameter) at ./escape_recursive.go:65:13
./escape_recursive.go:64:2: moved to heap: z
./escape_recursive.go:70:13: new(int) escapes to heap:
./escape_recursive.go:70:13:   flow: ~r0 = &{storage for new(int)}:
./escape_recursive.go:70:13:     from new(int) (spill) at ./escape_recursive.go:70:13
./escape_recursive.go:70:13:     from return new(int) (return) at ./escape_recursive.go:70:3
./escape_recursive.go:70:13: new(int) escapes to heap
./escape_recursive.go:77:20: parameter p leaks to ~r0 with derefs=0:
./escape_recursive.go:77:20:   flow: ~r0 = p:
./escape_recursive.go:77:20:     from return p (return) at ./escape_recursive.go:79:3
./escape_recursive.go:77:20:   flow: ~r0 = ~r0:
./escape_recursive.go:77:20:     from return mutualResult1(p, n) (return) at ./escape_recursive.go:85:2
./escape_recursive.go:84:20: parameter p leaks to ~r0 with derefs=0:
./escape_recursive.go:84:20:   flow: p = p:
./escape_recursive.go:84:20:     from mutualResult1(p, n) (call parameter) at ./escape_recursive.go:85:22
./escape_recursive.go:84:20:   flow: ~r0 = p:
./escape_recursive.go:84:20:     from return p (return) at ./escape_recursive.go:79:3
./escape_recursive.go:84:20:   flow: ~r0 = ~r0:
./escape_recursive.go:84:20:     from return mutualResult1(p, n) (return) at ./escape_recursive.go:85:2
./escape_recursive.go:77:20: parameter p leaks to ~r0 with derefs=0:
./escape_recursive.go:77:20:   flow: ~r0 = p:
./escape_recursive.go:77:20:     from return p (return) at ./escape_recursive.go:79:3
./escape_recursive.go:84:20: parameter p leaks to ~r0 with derefs=0:
./escape_recursive.go:84:20:   flow: p = p:
./escape_recursive.go:84:20:     from mutualResult1(p, n) (call parameter) at ./escape_recursive.go:85:22
./escape_recursive.go:84:20:   flow: ~r0 = p:
./escape_recursive.go:84:20:     from return p (return) at ./escape_recursive.go:79:3
./escape_recursive.go:77:20: leaking param: p
./escape_recursive.go:84:20: leaking param: p
