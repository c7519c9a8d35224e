# command-line-arguments
./escape_multiresult.go:8:12: parameter a leaks to ~r2 with derefs=0:
./escape_multiresult.go:8:12:   flow: ~r2 = a:
./escape_multiresult.go:8:12:     from return c, *b, a (return) at ./escape_multiresult.go:9:2
./escape_multiresult.go:8:18: parameter c leaks to ~r0 with derefs=0:
./escape_multiresult.go:8:18:   flow: ~r0 = c:
./escape_multiresult.go:8:18:     from return c, *b, a (return) at ./escape_multiresult.go:9:2
./escape_multiresult.go:8:12: leaking param: a to result ~r2 level=0
./escape_multiresult.go:8:15: b does not escape
./escape_multiresult.go:8:18: leaking param: c to result ~r0 level=0
./escape_multiresult.go:12:13: parameter p leaks to ~r1 with derefs=0:
./escape_multiresult.go:12:13:   flow: ~r1 = p:
./escape_multiresult.go:12:13:     from return p, p (return) at ./escape_multiresult.go:13:2
./escape_multiresult.go:12:13: parameter p leaks to ~r0 with derefs=0:
./escape_multiresult.go:12:13:   flow: ~r0 = p:
./escape_multiresult.go:12:13:     from return p, p (return) at ./escape_multiresult.go:13:2
./escape_multiresult.go:12:13: leaking param: p to result ~r0 level=0
./escape_multiresult.go:12:13: leaking param: p to result ~r1 level=0
./escape_multiresult.go:16:13: parameter pp leaks to ~r1 with derefs=0:
./escape_multiresult.go:16:13:   flow: ~r1 = pp:
./escape_multiresult.go:16:13:     from return *pp, pp (return) at ./escape_multiresult.go:17:2
./escape_multiresult.go:16:13: parameter pp leaks to ~r0 with derefs=1:
./escape_multiresult.go:16:13:   flow: ~r0 = *pp:
./escape_multiresult.go:16:13:     from *pp (indirection) at ./escape_multiresult.go:17:9
./escape_multiresult.go:16:13:     from return *pp, pp (return) at ./escape_multiresult.go:17:2
./escape_multiresult.go:16:13: leaking param: pp to result ~r0 level=1
./escape_multiresult.go:16:13: leaking param: pp to result ~r1 level=0
./escape_multiresult.go:20:17: parameter p leaks to y with derefs=0:
./escape_multiresult.go:20:17:   flow: y = p:
./escape_multiresult.go:20:17:     from y = p (assign) at ./escape_multiresult.go:22:4
./escape_multiresult.go:20:25: parameter q leaks to x with derefs=1:
./escape_multiresult.go:20:25:   flow: x = *q:
./escape_multiresult.go:20:25:     from *q (indirection) at ./escape_multiresult.go:21:6
./escape_multiresult.go:20:25:     from x = *q (assign) at ./escape_multiresult.go:21:4
./escape_multiresult.go:20:17: leaking param: p to result y level=0
./escape_multiresult.go:20:25: leaking param: q to result x level=1
./escape_multiresult.go:27:19: parameter p leaks to {heap} with derefs=0:
./escape_multiresult.go:27:19:   flow: r = p:
./escape_multiresult.go:27:19:     from r = p (assign) at ./escape_multiresult.go:28:4
./escape_multiresult.go:27:19:   flow: {heap} = r:
./escape_multiresult.go:27:19:     from gp = r (assign) at ./escape_multiresult.go:29:5
./escape_multiresult.go:27:19: parameter p leaks to r with derefs=0:
./escape_multiresult.go:27:19:   flow: r = p:
./escape_multiresult.go:27:19:     from r = p (assign) at ./escape_multiresult.go:28:4
./escape_multiresult.go:27:19: leaking param: p
./escape_multiresult.go:42:8: c escapes to heap:
./escape_multiresult.go:42:8:   flow: x = &c:
./escape_multiresult.go:42:8:     from &c (address-of) at ./escape_multiresult.go:43:27
./escape_multiresult.go:42:8:     from three(&a, &b, &c) (call parameter) at ./escape_multiresult.go:43:18
./escape_multiresult.go:42:8:   flow: ~r0 = x:
./escape_multiresult.go:42:8:     from return x, n (return) at ./escape_multiresult.go:44:2
./escape_multiresult.go:42:8: moved to heap: c
./escape_multiresult.go:47:18: parameter p leaks to ~r1 with derefs=0:
./escape_multiresult.go:47:18:   flow: ~r1 = p:
./escape_multiresult.go:47:18:     from return q, p (return) at ./escape_multiresult.go:48:2
./escape_multiresult.go:47:21: parameter q leaks to ~r0 with derefs=0:
./escape_multiresult.go:47:21:   flow: ~r0 = q:
./escape_multiresult.go:47:21:     from return q, p (return) at ./escape_multiresult.go:48:2
./escape_multiresult.go:47:18: leaking param: p to result ~r1 level=0
./escape_multiresult.go:47:21: leaking param: q to result ~r0 level=0
./escape_multiresult.go:52:5: n escapes to heap:
./escape_multiresult.go:52:5:   flow: r = &n:
./escape_multiresult.go:52:5:     from &n (address-of) at ./escape_multiresult.go:53:26
./escape_multiresult.go:52:5:     from swapResults(&m, &n) (call parameter) at ./escape_multiresult.go:53:21
./escape_multiresult.go:52:5:   flow: ~r0 = r:
./escape_multiresult.go:52:5:     from return r (return) at ./escape_multiresult.go:54:2
./escape_multiresult.go:52:5: moved to heap: n
./escape_multiresult.go:57:16: parameter s leaks to ~r1 with derefs=0:
./escape_multiresult.go:57:16:   flow: ~r1 = s:
./escape_multiresult.go:57:16:     from return len(s), s (return) at ./escape_multiresult.go:61:2
./escape_multiresult.go:57:16: leaking param: s to result ~r1 level=0
