# command-line-arguments
./escape_iface.go:16:2: x escapes to heap:
./escape_iface.go:16:2:   flow: {heap} = &{storage for x}:
./escape_iface.go:16:2:     from x (spill) at ./escape_iface.go:16:2
./escape_iface.go:16:2:     from sink = x (assign) at ./escape_iface.go:16:7
./escape_iface.go:16:2: x escapes to heap
./escape_iface.go:20:7: &Point{...} escapes to heap:
./escape_iface.go:20:7:   flow: p = &{storage for &Point{...}}:
./escape_iface.go:20:7:     from &Point{...} (spill) at ./escape_iface.go:20:7
./escape_iface.go:20:7:     from p := &Point{...} (assign) at ./escape_iface.go:20:4
./escape_iface.go:20:7:   flow: {heap} = p:
./escape_iface.go:20:7:     from p (interface-converted) at ./escape_iface.go:21:2
./escape_iface.go:20:7:     from sink = p (assign) at ./escape_iface.go:21:7
./escape_iface.go:20:7: &Point{...} escapes to heap
./escape_iface.go:26:2: p escapes to heap:
./escape_iface.go:26:2:   flow: {heap} = &{storage for p}:
./escape_iface.go:26:2:     from p (spill) at ./escape_iface.go:26:2
./escape_iface.go:26:2:     from sink = p (assign) at ./escape_iface.go:26:7
./escape_iface.go:26:2: p escapes to heap
./escape_iface.go:31:22: x does not escape
./escape_iface.go:36:28: a does not escape
./escape_iface.go:36:28: b does not escape
./escape_iface.go:41:22: a does not escape
./escape_iface.go:46:9: n escapes to heap:
./escape_iface.go:46:9:   flow: ~r0 = &{storage for n}:
./escape_iface.go:46:9:     from n (spill) at ./escape_iface.go:46:9
./escape_iface.go:46:9:     from return n (return) at ./escape_iface.go:46:2
./escape_iface.go:46:9: n escapes to heap
./escape_iface.go:50:9: &Point{} escapes to heap:
./escape_iface.go:50:9:   flow: ~r0 = &{storage for &Point{}}:
./escape_iface.go:50:9:     from &Point{} (spill) at ./escape_iface.go:50:9
./escape_iface.go:50:9:     from &Point{} (interface-converted) at ./escape_iface.go:50:9
./escape_iface.go:50:9:     from return &Point{} (return) at ./escape_iface.go:50:2
./escape_iface.go:50:9: &Point{} escapes to heap
./escape_iface.go:53:15: parameter e leaks to {heap} with derefs=0:
./escape_iface.go:53:15:   flow: {heap} = e:
./escape_iface.go:53:15:     from sink = e (assign) at ./escape_iface.go:54:7
./escape_iface.go:53:15: leaking param: e
./escape_iface.go:57:20: e does not escape
./escape_iface.go:62:11: 5 escapes to heap:
./escape_iface.go:62:11:   flow: {heap} = &{storage for 5}:
./escape_iface.go:62:11:     from 5 (spill) at ./escape_iface.go:62:11
./escape_iface.go:62:11:     from boxParam(5) (call parameter) at ./escape_iface.go:62:10
./escape_iface.go:64:10: v escapes to heap:
./escape_iface.go:64:10:   flow: {heap} = &{storage for v}:
./escape_iface.go:64:10:     from v (spill) at ./escape_iface.go:64:10
./escape_iface.go:64:10:     from boxParam(v) (call parameter) at ./escape_iface.go:64:10
./escape_iface.go:62:11: 5 escapes to heap
./escape_iface.go:64:10: v escapes to heap
./escape_iface.go:65:15: v does not escape
./escape_iface.go:66:16: &Point{} does not escape
./escape_iface.go:70:6: "hello" escapes to heap:
./escape_iface.go:70:6:   flow: a = &{storage for "hello"}:
./escape_iface.go:70:6:     from "hello" (spill) at ./escape_iface.go:70:6
./escape_iface.go:70:6:     from a = "hello" (assign) at ./escape_iface.go:70:6
./escape_iface.go:70:6:   flow: ~r0 = a:
./escape_iface.go:70:6:     from return a (return) at ./escape_iface.go:71:2
./escape_iface.go:70:6: "hello" escapes to heap
./escape_iface.go:75:9: s escapes to heap:
./escape_iface.go:75:9:   flow: ~r0 = &{storage for s}:
./escape_iface.go:75:9:     from s (spill) at ./escape_iface.go:75:9
./escape_iface.go:75:9:     from return s (return) at ./escape_iface.go:75:2
./escape_iface.go:74:16: parameter s leaks to {storage for s} with derefs=0:
./escape_iface.go:74:16:   flow: {storage for s} = s:
./escape_iface.go:74:16:     from s (interface-converted) at ./escape_iface.go:75:9
./escape_iface.go:74:16: leaking param: s
./escape_iface.go:75:9: s escapes to heap
./escape_iface.go:79:2: s escapes to heap:
./escape_iface.go:79:2:   flow: {heap} = &{storage for s}:
./escape_iface.go:79:2:     from s (spill) at ./escape_iface.go:79:2
./escape_iface.go:79:2:     from sink = s (assign) at ./escape_iface.go:79:7
./escape_iface.go:78:15: parameter s leaks to {storage for s} with derefs=0:
./escape_iface.go:78:15:   flow: {storage for s} = s:
./escape_iface.go:78:15:     from s (interface-converted) at ./escape_iface.go:79:2
./escape_iface.go:78:15: leaking param: s
./escape_iface.go:79:2: s escapes to heap
./escape_iface.go:82:19: parameter e leaks to ~r0 with derefs=0:
./escape_iface.go:82:19:   flow: f = e:
./escape_iface.go:82:19:     from f = e (assign) at ./escape_iface.go:83:6
./escape_iface.go:82:19:   flow: ~r0 = f:
./escape_iface.go:82:19:     from return f (return) at ./escape_iface.go:84:2
./escape_iface.go:82:19: leaking param: e to result ~r0 level=0
./escape_iface.go:88:2: b escapes to heap:
./escape_iface.go:88:2:   flow: {heap} = &{storage for b}:
./escape_iface.go:88:2:     from b (spill) at ./escape_iface.go:88:2
./escape_iface.go:88:2:     from sink = b (assign) at ./escape_iface.go:88:7
./escape_iface.go:88:2: b escapes to heap
./escape_iface.go:92:22: 1 does not escape
./escape_iface.go:92:25: "x" does not escape
