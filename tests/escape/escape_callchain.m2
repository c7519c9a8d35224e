# command-line-arguments
./escape_callchain.go:10:13: parameter p leaks to {heap} with derefs=0:
./escape_callchain.go:10:13:   flow: {heap} = p:
./escape_callchain.go:10:13:     from gp = p (assign) at ./escape_callchain.go:10:26
./escape_callchain.go:10:13: leaking param: p
./escape_callchain.go:12:13: parameter p leaks to {heap} with derefs=0:
./escape_callchain.go:12:13:   flow: {heap} = p:
./escape_callchain.go:12:13:     from level3(p) (call parameter) at ./escape_callchain.go:12:29
./escape_callchain.go:12:13: leaking param: p
./escape_callchain.go:14:13: parameter p leaks to {heap} with derefs=0:
./escape_callchain.go:14:13:   flow: {heap} = p:
./escape_callchain.go:14:13:     from level2(p) (call parameter) at ./escape_callchain.go:14:29
./escape_callchain.go:14:13: leaking param: p
./escape_callchain.go:17:2: x escapes to heap:
./escape_callchain.go:17:2:   flow: {heap} = &x:
./escape_callchain.go:17:2:     from &x (address-of) at ./escape_callchain.go:18:9
./escape_callchain.go:17:2:     from level1(&x) (call parameter) at ./escape_callchain.go:18:8
./escape_callchain.go:17:2: moved to heap: x
./escape_callchain.go:21:12: p does not escape
./escape_callchain.go:23:12: p does not escape
./escape_callchain.go:25:12: p does not escape
./escape_callchain.go:32:12: parameter p leaks to ~r0 with derefs=0:
./escape_callchain.go:32:12:   flow: ~r0 = p:
./escape_callchain.go:32:12:     from return p (return) at ./escape_callchain.go:32:27
./escape_callchain.go:32:12: leaking param: p to result ~r0 level=0
./escape_callchain.go:34:12: parameter p leaks to ~r0 with derefs=0:
./escape_callchain.go:34:12:   flow: ~r0 = p:
./escape_callchain.go:34:12:     from pass3(p) (call parameter) at ./escape_callchain.go:34:39
./escape_callchain.go:34:12:     from return pass3(p) (return) at ./escape_callchain.go:34:27
./escape_callchain.go:34:12: leaking param: p to result ~r0 level=0
./escape_callchain.go:36:12: parameter p leaks to ~r0 with derefs=0:
./escape_callchain.go:36:12:   flow: ~r0 = p:
./escape_callchain.go:36:12:     from pass2(p) (call parameter) at ./escape_callchain.go:36:39
./escape_callchain.go:36:12:     from return pass2(p) (return) at ./escape_callchain.go:36:27
./escape_callchain.go:36:12: leaking param: p to result ~r0 level=0
./escape_callchain.go:44:2: w escapes to heap:
./escape_callchain.go:44:2:   flow: ~r0 = &w:
./escape_callchain.go:44:2:     from &w (address-of) at ./escape_callchain.go:45:15
./escape_callchain.go:44:2:     from pass1(&w) (call parameter) at ./escape_callchain.go:45:14
./escape_callchain.go:44:2:     from return pass1(&w) (return) at ./escape_callchain.go:45:2
./escape_callchain.go:44:2: moved to heap: w
./escape_callchain.go:48:13: parameter pp leaks to ~r0 with derefs=1:
./escape_callchain.go:48:13:   flow: ~r0 = *pp:
./escape_callchain.go:48:13:     from *pp (indirection) at ./escape_callchain.go:48:37
./escape_callchain.go:48:13:     from return *pp (return) at ./escape_callchain.go:48:30
./escape_callchain.go:48:13: leaking param: pp to result ~r0 level=1
./escape_callchain.go:50:13: parameter pp leaks to ~r0 with derefs=1:
./escape_callchain.go:50:13:   flow: ~r0 = *pp:
./escape_callchain.go:50:13:     from deref2(pp) (call parameter) at ./escape_callchain.go:50:43
./escape_callchain.go:50:13:     from return deref2(pp) (return) at ./escape_callchain.go:50:30
./escape_callchain.go:50:13: leaking param: pp to result ~r0 level=1
