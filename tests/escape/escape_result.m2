# command-line-arguments
./escape_result.go:8:15: parameter p leaks to ~r0 with derefs=0:
./escape_result.go:8:15:   flow: ~r0 = p:
./escape_result.go:8:15:     from return p (return) at ./escape_result.go:9:2
./escape_result.go:8:15: leaking param: p to result ~r0 level=0
./escape_result.go:12:16: parameter q leaks to ~r1 with derefs=0:
./escape_result.go:12:16:   flow: ~r1 = q:
./escape_result.go:12:16:     from return nil, q (return) at ./escape_result.go:13:2
./escape_result.go:12:13: p does not escape
./escape_result.go:12:16: leaking param: q to result ~r1 level=0
./escape_result.go:16:11: parameter p leaks to ~r1 with derefs=0:
./escape_result.go:16:11:   flow: ~r1 = p:
./escape_result.go:16:11:     from return q, p (return) at ./escape_result.go:17:2
./escape_result.go:16:14: parameter q leaks to ~r0 with derefs=0:
./escape_result.go:16:14:   flow: ~r0 = q:
./escape_result.go:16:14:     from return q, p (return) at ./escape_result.go:17:2
./escape_result.go:16:11: leaking param: p to result ~r1 level=0
./escape_result.go:16:14: leaking param: q to result ~r0 level=0
./escape_result.go:20:12: parameter p leaks to res with derefs=0:
./escape_result.go:20:12:   flow: res = p:
./escape_result.go:20:12:     from res = p (assign) at ./escape_result.go:21:6
./escape_result.go:20:12: leaking param: p to result res level=0
./escape_result.go:25:15: parameter p leaks to b with derefs=0:
./escape_result.go:25:15:   flow: b = p:
./escape_result.go:25:15:     from b = p (assign) at ./escape_result.go:27:4
./escape_result.go:25:23: parameter q leaks to a with derefs=0:
./escape_result.go:25:23:   flow: a = q:
./escape_result.go:25:23:     from a = q (assign) at ./escape_result.go:26:4
./escape_result.go:25:15: leaking param: p to result b level=0
./escape_result.go:25:23: leaking param: q to result a level=0
./escape_result.go:31:19: parameter p leaks to ~r1 with derefs=0:
./escape_result.go:31:19:   flow: ~r1 = p:
./escape_result.go:31:19:     from return *p, p (return) at ./escape_result.go:32:2
./escape_result.go:31:19: leaking param: p to result ~r1 level=0
./escape_result.go:35:18: parameter pp leaks to ~r0 with derefs=1:
./escape_result.go:35:18:   flow: ~r0 = *pp:
./escape_result.go:35:18:     from *pp (indirection) at ./escape_result.go:36:9
./escape_result.go:35:18:     from return *pp (return) at ./escape_result.go:36:2
./escape_result.go:35:18: leaking param: pp to result ~r0 level=1
./escape_result.go:39:20: parameter q leaks to ~r0 with derefs=0:
./escape_result.go:39:20:   flow: ~r0 = q:
./escape_result.go:39:20:     from return q (return) at ./escape_result.go:43:2
./escape_result.go:39:17: parameter p leaks to ~r0 with derefs=0:
./escape_result.go:39:17:   flow: ~r0 = p:
./escape_result.go:39:17:     from return p (return) at ./escape_result.go:41:3
./escape_result.go:39:17: leaking param: p to result ~r0 level=0
./escape_result.go:39:20: leaking param: q to result ~r0 level=0
./escape_result.go:53:2: y escapes to heap:
./escape_result.go:53:2:   flow: ~r0 = &y:
./escape_result.go:53:2:     from &y (address-of) at ./escape_result.go:54:18
./escape_result.go:53:2:     from identity(&y) (call parameter) at ./escape_result.go:54:17
./escape_result.go:53:2:     from return identity(&y) (return) at ./escape_result.go:54:2
./escape_result.go:53:2: moved to heap: y
./escape_result.go:58:5: b escapes to heap:
./escape_result.go:58:5:   flow: r = &b:
./escape_result.go:58:5:     from &b (address-of) at ./escape_result.go:59:21
./escape_result.go:58:5:     from second(&a, &b) (call parameter) at ./escape_result.go:59:16
./escape_result.go:58:5:   flow: ~r0 = r:
./escape_result.go:58:5:     from return r (return) at ./escape_result.go:60:2
./escape_result.go:58:5: moved to heap: b
./escape_result.go:63:18: parameter s leaks to ~r0 with derefs=0:
./escape_result.go:63:18:   flow: ~r0 = s:
./escape_result.go:63:18:     from s[1:] (slice) at ./escape_result.go:64:10
./escape_result.go:63:18:     from return s[1:] (return) at ./escape_result.go:64:2
./escape_result.go:63:18: leaking param: s to result ~r0 level=0
./escape_result.go:67:19: parameter s leaks to ~r0 with derefs=0:
./escape_result.go:67:19:   flow: ~r0 = s:
./escape_result.go:67:19:     from return s (return) at ./escape_result.go:68:2
./escape_result.go:67:19: leaking param: s to result ~r0 level=0
