# command-line-arguments
./escape_named.go:19:19: parameter p leaks to {heap} with derefs=0:
./escape_named.go:19:19:   flow: {heap} = p:
./escape_named.go:19:19:     from gip = p (assign) at ./escape_named.go:20:6
./escape_named.go:19:19: leaking param: p
./escape_named.go:23:21: parameter p leaks to ~r0 with derefs=0:
./escape_named.go:23:21:   flow: ~r0 = p:
./escape_named.go:23:21:     from return p (return) at ./escape_named.go:24:2
./escape_named.go:23:21: leaking param: p to result ~r0 level=0
./escape_named.go:28:13: Ints{...} escapes to heap:
./escape_named.go:28:13:   flow: ~r0 = &{storage for Ints{...}}:
./escape_named.go:28:13:     from Ints{...} (spill) at ./escape_named.go:28:13
./escape_named.go:28:13:     from return Ints{...} (return) at ./escape_named.go:28:2
./escape_named.go:28:13: Ints{...} escapes to heap
./escape_named.go:32:11: Ints{...} does not escape
./escape_named.go:37:13: make(Ints, n) escapes to heap:
./escape_named.go:37:13:   flow: {heap} = &{storage for make(Ints, n)}:
./escape_named.go:37:13:     from make(Ints, n) (non-constant size) at ./escape_named.go:37:13
./escape_named.go:37:13: make(Ints, n) escapes to heap
./escape_named.go:40:27: parameter s leaks to {heap} with derefs=1:
./escape_named.go:40:27:   flow: {heap} = *s:
./escape_named.go:40:27:     from s[0] (dot of pointer) at ./escape_named.go:41:9
./escape_named.go:40:27:     from gip = s[0] (assign) at ./escape_named.go:41:6
./escape_named.go:40:27: leaking param content: s
./escape_named.go:55:2: x escapes to heap:
./escape_named.go:55:2:   flow: {heap} = &x:
./escape_named.go:55:2:     from &x (address-of) at ./escape_named.go:56:15
./escape_named.go:55:2:     from Pair{...} (struct literal element) at ./escape_named.go:56:14
./escape_named.go:55:2:     from gpair = Pair{...} (assign) at ./escape_named.go:56:8
./escape_named.go:55:5: y escapes to heap:
./escape_named.go:55:5:   flow: {heap} = &y:
./escape_named.go:55:5:     from &y (address-of) at ./escape_named.go:56:19
./escape_named.go:55:5:     from Pair{...} (struct literal element) at ./escape_named.go:56:14
./escape_named.go:55:5:     from gpair = Pair{...} (assign) at ./escape_named.go:56:8
./escape_named.go:55:2: moved to heap: x
./escape_named.go:55:5: moved to heap: y
./escape_named.go:59:17: parameter a leaks to ~r0 with derefs=0:
./escape_named.go:59:17:   flow: ~r0 = a:
./escape_named.go:59:17:     from Pair{...} (struct literal element) at ./escape_named.go:60:13
./escape_named.go:59:17:     from return Pair{...} (return) at ./escape_named.go:60:2
./escape_named.go:59:17: leaking param: a to result ~r0 level=0
./escape_named.go:64:12: new(Matrix) escapes to heap:
./escape_named.go:64:12:   flow: ~r0 = &{storage for new(Matrix)}:
./escape_named.go:64:12:     from new(Matrix) (spill) at ./escape_named.go:64:12
./escape_named.go:64:12:     from return new(Matrix) (return) at ./escape_named.go:64:2
./escape_named.go:64:12: new(Matrix) escapes to heap
./escape_named.go:68:10: new(Matrix) does not escape
./escape_named.go:73:19: parameter p leaks to ~r0 with derefs=0:
./escape_named.go:73:19:   flow: ~r0 = p:
./escape_named.go:73:19:     from return IntPtr(p) (return) at ./escape_named.go:74:2
./escape_named.go:73:19: leaking param: p to result ~r0 level=0
