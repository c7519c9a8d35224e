# command-line-arguments
./escape_godefer_temps.go:20:11: parameter p leaks to {heap} with derefs=0:
./escape_godefer_temps.go:20:11:   flow: {heap} = p:
./escape_godefer_temps.go:20:11:     from sink = p (assign) at ./escape_godefer_temps.go:20:26
./escape_godefer_temps.go:20:11: leaking param: p
./escape_godefer_temps.go:24:7: parameter w leaks to {heap} with derefs=0:
./escape_godefer_temps.go:24:7:   flow: {heap} = w:
./escape_godefer_temps.go:24:7:     from w.n (dot of pointer) at ./escape_godefer_temps.go:24:31
./escape_godefer_temps.go:24:7:     from &w.n (address-of) at ./escape_godefer_temps.go:24:29
./escape_godefer_temps.go:24:7:     from sink = &w.n (assign) at ./escape_godefer_temps.go:24:27
./escape_godefer_temps.go:24:7: leaking param: w
./escape_godefer_temps.go:30:2: func literal escapes to heap:
./escape_godefer_temps.go:30:2:   flow: {heap} = &{storage for func literal}:
./escape_godefer_temps.go:30:2:     from func literal (spill) at ./escape_godefer_temps.go:30:2
./escape_godefer_temps.go:27:12: deferred capturing by value: .autotmp_3 (addr=false assign=false width=8)
./escape_godefer_temps.go:28:15: deferred capturing by value: .autotmp_4 (addr=false assign=false width=8)
./escape_godefer_temps.go:29:14: deferred capturing by value: .autotmp_5 (addr=false assign=false width=8)
./escape_godefer_temps.go:30:9: deferred capturing by value: .autotmp_6 (addr=false assign=false width=8)
./escape_godefer_temps.go:26:15: parameter p leaks to {heap} with derefs=0:
./escape_godefer_temps.go:26:15:   flow: .autotmp_6 = p:
./escape_godefer_temps.go:26:15:     from .autotmp_6 = p (assign) at ./escape_godefer_temps.go:30:9
./escape_godefer_temps.go:26:15:   flow: {heap} = .autotmp_6:
./escape_godefer_temps.go:26:15:     from keep(.autotmp_6) (call parameter) at ./escape_godefer_temps.go:30:9
./escape_godefer_temps.go:26:43: parameter w leaks to {heap} with derefs=0:
./escape_godefer_temps.go:26:43:   flow: .autotmp_5 = w:
./escape_godefer_temps.go:26:43:     from .autotmp_5 = w (assign) at ./escape_godefer_temps.go:29:14
./escape_godefer_temps.go:26:43:   flow: {heap} = .autotmp_5:
./escape_godefer_temps.go:26:43:     from (*W).Done(.autotmp_5) (call parameter) at ./escape_godefer_temps.go:29:14
./escape_godefer_temps.go:26:23: parameter wg leaks to {heap} with derefs=0:
./escape_godefer_temps.go:26:23:   flow: .autotmp_4 = wg:
./escape_godefer_temps.go:26:23:     from .autotmp_4 = wg (assign) at ./escape_godefer_temps.go:28:15
./escape_godefer_temps.go:26:23:   flow: {heap} = .autotmp_4:
./escape_godefer_temps.go:26:23:     from (*sync.WaitGroup).Done(.autotmp_4) (call parameter) at ./escape_godefer_temps.go:28:15
./escape_godefer_temps.go:26:15: parameter p leaks to {storage for func literal} with derefs=0:
./escape_godefer_temps.go:26:15:   flow: .autotmp_6 = p:
./escape_godefer_temps.go:26:15:     from .autotmp_6 = p (assign) at ./escape_godefer_temps.go:30:9
./escape_godefer_temps.go:26:15:   flow: {storage for func literal} = .autotmp_6:
./escape_godefer_temps.go:26:15:     from .autotmp_6 (captured by a closure) at ./escape_godefer_temps.go:30:9
./escape_godefer_temps.go:26:15: leaking param: p
./escape_godefer_temps.go:26:23: leaking param: wg
./escape_godefer_temps.go:26:43: leaking param: w
./escape_godefer_temps.go:33:14: parameter p leaks to {heap} with derefs=0:
./escape_godefer_temps.go:33:14:   flow: {heap} = p:
./escape_godefer_temps.go:33:14:     from sink = p (assign) at ./escape_godefer_temps.go:33:40
./escape_godefer_temps.go:33:14: leaking param: p
./escape_godefer_temps.go:33:22: q does not escape
./escape_godefer_temps.go:38:2: func literal escapes to heap:
./escape_godefer_temps.go:38:2:   flow: {heap} = &{storage for func literal}:
./escape_godefer_temps.go:38:2:     from func literal (spill) at ./escape_godefer_temps.go:38:2
./escape_godefer_temps.go:36:19: variadic capturing by value: .autotmp_2 (addr=false assign=false width=16)
./escape_godefer_temps.go:36:19: variadic capturing by value: .autotmp_3 (addr=false assign=false width=16)
./escape_godefer_temps.go:37:15: variadic capturing by value: .autotmp_4 (addr=false assign=false width=8)
./escape_godefer_temps.go:37:15: variadic capturing by value: .autotmp_5 (addr=false assign=false width=8)
./escape_godefer_temps.go:37:15: variadic capturing by value: .autotmp_6 (addr=false assign=false width=8)
./escape_godefer_temps.go:38:9: variadic capturing by value: .autotmp_7 (addr=false assign=false width=8)
./escape_godefer_temps.go:39:8: variadic capturing by value: .autotmp_8 (addr=false assign=false width=8)
./escape_godefer_temps.go:39:33: variadic capturing by value: .autotmp_9 (addr=false assign=false width=8)
./escape_godefer_temps.go:39:13: parameter x leaks to {heap} with derefs=0:
./escape_godefer_temps.go:39:13:   flow: {heap} = x:
./escape_godefer_temps.go:39:13:     from sink = x (assign) at ./escape_godefer_temps.go:39:28
./escape_godefer_temps.go:35:15: parameter p leaks to {heap} with derefs=0:
./escape_godefer_temps.go:35:15:   flow: .autotmp_9 = p:
./escape_godefer_temps.go:35:15:     from .autotmp_9 = p (assign) at ./escape_godefer_temps.go:39:33
./escape_godefer_temps.go:35:15:   flow: x = .autotmp_9:
./escape_godefer_temps.go:35:15:     from .autotmp_8(.autotmp_9) (call parameter) at ./escape_godefer_temps.go:39:33
./escape_godefer_temps.go:35:15:   flow: {heap} = x:
./escape_godefer_temps.go:35:15:     from sink = x (assign) at ./escape_godefer_temps.go:39:28
./escape_godefer_temps.go:36:19: s escapes to heap:
./escape_godefer_temps.go:36:19:   flow: .autotmp_3 = &{storage for s}:
./escape_godefer_temps.go:36:19:     from s (spill) at ./escape_godefer_temps.go:36:19
./escape_godefer_temps.go:36:19:     from .autotmp_3 = s (assign) at ./escape_godefer_temps.go:36:19
./escape_godefer_temps.go:36:19:   flow: {storage for ... argument} = .autotmp_3:
./escape_godefer_temps.go:36:19:     from ... argument (slice-literal-element) at ./escape_godefer_temps.go:36:19
./escape_godefer_temps.go:36:19:   flow: {heap} = {storage for ... argument}:
./escape_godefer_temps.go:36:19:     from ... argument (spill) at ./escape_godefer_temps.go:36:19
./escape_godefer_temps.go:36:19:     from fmt.Println(... argument...) (call parameter) at ./escape_godefer_temps.go:36:19
./escape_godefer_temps.go:35:15: parameter p leaks to {storage for func literal} with derefs=0:
./escape_godefer_temps.go:35:15:   flow: .autotmp_7 = p:
./escape_godefer_temps.go:35:15:     from .autotmp_7 = p (assign) at ./escape_godefer_temps.go:38:9
./escape_godefer_temps.go:35:15:   flow: {storage for func literal} = .autotmp_7:
./escape_godefer_temps.go:35:15:     from .autotmp_7 (captured by a closure) at ./escape_godefer_temps.go:38:9
./escape_godefer_temps.go:35:23: parameter s leaks to {storage for s} with derefs=0:
./escape_godefer_temps.go:35:23:   flow: {storage for s} = s:
./escape_godefer_temps.go:35:23:     from s (interface-converted) at ./escape_godefer_temps.go:36:19
./escape_godefer_temps.go:35:15: leaking param: p
./escape_godefer_temps.go:35:23: leaking param: s
./escape_godefer_temps.go:39:13: leaking param: x
./escape_godefer_temps.go:36:19: s escapes to heap
./escape_godefer_temps.go:36:19: ... argument does not escape
./escape_godefer_temps.go:37:15: ... argument does not escape
./escape_godefer_temps.go:39:8: func literal does not escape
./escape_godefer_temps.go:46:12: parameter p leaks to {heap} with derefs=0:
./escape_godefer_temps.go:46:12:   flow: {heap} = p:
./escape_godefer_temps.go:46:12:     from sink = p (assign) at ./escape_godefer_temps.go:46:27
./escape_godefer_temps.go:46:12: leaking param: p
./escape_godefer_temps.go:50:2: func literal escapes to heap:
./escape_godefer_temps.go:50:2:   flow: {heap} = &{storage for func literal}:
./escape_godefer_temps.go:50:2:     from func literal (spill) at ./escape_godefer_temps.go:50:2
./escape_godefer_temps.go:49:11: iface capturing by value: .autotmp_2 (addr=false assign=false width=16)
./escape_godefer_temps.go:49:11: iface capturing by value: .autotmp_3 (addr=false assign=false width=8)
./escape_godefer_temps.go:50:8: iface capturing by value: .autotmp_4 (addr=false assign=false width=16)
./escape_godefer_temps.go:50:8: iface capturing by value: .autotmp_5 (addr=false assign=false width=8)
./escape_godefer_temps.go:48:17: parameter p leaks to {heap} with derefs=0:
./escape_godefer_temps.go:48:17:   flow: .autotmp_5 = p:
./escape_godefer_temps.go:48:17:     from .autotmp_5 = p (assign) at ./escape_godefer_temps.go:50:8
./escape_godefer_temps.go:48:17:   flow: {heap} = .autotmp_5:
./escape_godefer_temps.go:48:17:     from .autotmp_4.M(.autotmp_5) (call parameter) at ./escape_godefer_temps.go:50:8
./escape_godefer_temps.go:48:12: parameter i leaks to {heap} with derefs=0:
./escape_godefer_temps.go:48:12:   flow: .autotmp_4 = i:
./escape_godefer_temps.go:48:12:     from .autotmp_4 = i (assign) at ./escape_godefer_temps.go:50:8
./escape_godefer_temps.go:48:12:   flow: {heap} = .autotmp_4:
./escape_godefer_temps.go:48:12:     from .autotmp_4.M(.autotmp_5) (call parameter) at ./escape_godefer_temps.go:50:8
./escape_godefer_temps.go:48:17: parameter p leaks to {storage for func literal} with derefs=0:
./escape_godefer_temps.go:48:17:   flow: .autotmp_5 = p:
./escape_godefer_temps.go:48:17:     from .autotmp_5 = p (assign) at ./escape_godefer_temps.go:50:8
./escape_godefer_temps.go:48:17:   flow: {storage for func literal} = .autotmp_5:
./escape_godefer_temps.go:48:17:     from .autotmp_5 (captured by a closure) at ./escape_godefer_temps.go:50:8
./escape_godefer_temps.go:48:12: parameter i leaks to {storage for func literal} with derefs=0:
./escape_godefer_temps.go:48:12:   flow: .autotmp_4 = i:
./escape_godefer_temps.go:48:12:     from .autotmp_4 = i (assign) at ./escape_godefer_temps.go:50:8
./escape_godefer_temps.go:48:12:   flow: {storage for func literal} = .autotmp_4:
./escape_godefer_temps.go:48:12:     from .autotmp_4 (captured by a closure) at ./escape_godefer_temps.go:50:8
./escape_godefer_temps.go:48:12: leaking param: i
./escape_godefer_temps.go:48:17: leaking param: p
./escape_godefer_temps.go:54:9: T{} escapes to heap:
./escape_godefer_temps.go:54:9:   flow: {heap} = &{storage for T{}}:
./escape_godefer_temps.go:54:9:     from T{} (spill) at ./escape_godefer_temps.go:54:9
./escape_godefer_temps.go:54:9:     from iface(T{}, nil) (call parameter) at ./escape_godefer_temps.go:54:7
./escape_godefer_temps.go:54:9: T{} escapes to heap
./escape_godefer_temps.go:46:12: parameter p leaks to {heap} with derefs=0:
./escape_godefer_temps.go:46:12:   flow: {heap} = p:
./escape_godefer_temps.go:46:12:     from T.M(.this, p) (call parameter) at <autogenerated>:1
./escape_godefer_temps.go:42:21: parameter p leaks to {heap} with derefs=0:
./escape_godefer_temps.go:42:21:   flow: {heap} = p:
./escape_godefer_temps.go:42:21:     from .this.M(p) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.M(p) (call parameter) at <autogenerated>:1
