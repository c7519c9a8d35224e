# command-line-arguments
./devirt_inlined_result.go:23:7: p does not escape
./devirt_inlined_result.go:27:30: T{...} escapes to heap:
./devirt_inlined_result.go:27:30:   flow: ~r0 = &{storage for T{...}}:
./devirt_inlined_result.go:27:30:     from T{...} (spill) at ./devirt_inlined_result.go:27:30
./devirt_inlined_result.go:27:30:     from return T{...} (return) at ./devirt_inlined_result.go:27:22
./devirt_inlined_result.go:27:30: T{...} escapes to heap
./devirt_inlined_result.go:29:29: &P{...} escapes to heap:
./devirt_inlined_result.go:29:29:   flow: ~r0 = &{storage for &P{...}}:
./devirt_inlined_result.go:29:29:     from &P{...} (spill) at ./devirt_inlined_result.go:29:29
./devirt_inlined_result.go:29:29:     from &P{...} (interface-converted) at ./devirt_inlined_result.go:29:29
./devirt_inlined_result.go:29:29:     from return &P{...} (return) at ./devirt_inlined_result.go:29:22
./devirt_inlined_result.go:29:29: &P{...} escapes to heap
./devirt_inlined_result.go:35:9: &P{...} escapes to heap:
./devirt_inlined_result.go:35:9:   flow: ~r0 = &{storage for &P{...}}:
./devirt_inlined_result.go:35:9:     from &P{...} (spill) at ./devirt_inlined_result.go:35:9
./devirt_inlined_result.go:35:9:     from &P{...} (interface-converted) at ./devirt_inlined_result.go:35:9
./devirt_inlined_result.go:35:9:     from return &P{...} (return) at ./devirt_inlined_result.go:35:2
./devirt_inlined_result.go:33:11: T{...} escapes to heap:
./devirt_inlined_result.go:33:11:   flow: ~r0 = &{storage for T{...}}:
./devirt_inlined_result.go:33:11:     from T{...} (spill) at ./devirt_inlined_result.go:33:11
./devirt_inlined_result.go:33:11:     from return T{...} (return) at ./devirt_inlined_result.go:33:3
./devirt_inlined_result.go:33:11: T{...} escapes to heap
./devirt_inlined_result.go:35:9: &P{...} escapes to heap
./devirt_inlined_result.go:39:2: T{...} escapes to heap:
./devirt_inlined_result.go:39:2:   flow: i = &{storage for T{...}}:
./devirt_inlined_result.go:39:2:     from T{...} (spill) at ./devirt_inlined_result.go:39:2
./devirt_inlined_result.go:39:2:     from i = T{...} (assign) at ./devirt_inlined_result.go:39:4
./devirt_inlined_result.go:39:2: T{...} escapes to heap
./devirt_inlined_result.go:44:17: T{...} escapes to heap:
./devirt_inlined_result.go:44:17:   flow: i = &{storage for T{...}}:
./devirt_inlined_result.go:44:17:     from T{...} (spill) at ./devirt_inlined_result.go:44:17
./devirt_inlined_result.go:44:17:     from i = T{...} (assign) at ./devirt_inlined_result.go:44:6
./devirt_inlined_result.go:44:17:   flow: ~r0 = i:
./devirt_inlined_result.go:44:17:     from return i (return) at ./devirt_inlined_result.go:45:2
./devirt_inlined_result.go:44:17: T{...} escapes to heap
./devirt_inlined_result.go:48:10: parameter i leaks to {heap} with derefs=0:
./devirt_inlined_result.go:48:10:   flow: {heap} = i:
./devirt_inlined_result.go:48:10:     from i.Get() (call parameter) at ./devirt_inlined_result.go:48:33
./devirt_inlined_result.go:48:10: leaking param: i
./devirt_inlined_result.go:52:2: v.Get() escapes to heap:
./devirt_inlined_result.go:52:2:   flow: {heap} = &{storage for v.Get()}:
./devirt_inlined_result.go:52:2:     from v.Get() (spill) at ./devirt_inlined_result.go:52:2
./devirt_inlined_result.go:52:2:     from sink = v.Get() (assign) at ./devirt_inlined_result.go:52:7
./devirt_inlined_result.go:54:2: w.Get() escapes to heap:
./devirt_inlined_result.go:54:2:   flow: {heap} = &{storage for w.Get()}:
./devirt_inlined_result.go:54:2:     from w.Get() (spill) at ./devirt_inlined_result.go:54:2
./devirt_inlined_result.go:54:2:     from sink = w.Get() (assign) at ./devirt_inlined_result.go:54:7
./devirt_inlined_result.go:56:2: p.Get() escapes to heap:
./devirt_inlined_result.go:56:2:   flow: {heap} = &{storage for p.Get()}:
./devirt_inlined_result.go:56:2:     from p.Get() (spill) at ./devirt_inlined_result.go:56:2
./devirt_inlined_result.go:56:2:     from sink = p.Get() (assign) at ./devirt_inlined_result.go:56:7
./devirt_inlined_result.go:57:2: .autotmp_3.Get() escapes to heap:
./devirt_inlined_result.go:57:2:   flow: {heap} = &{storage for .autotmp_3.Get()}:
./devirt_inlined_result.go:57:2:     from .autotmp_3.Get() (spill) at ./devirt_inlined_result.go:57:2
./devirt_inlined_result.go:57:2:     from sink = .autotmp_3.Get() (assign) at ./devirt_inlined_result.go:57:7
./devirt_inlined_result.go:58:2: get(newP(4)) escapes to heap:
./devirt_inlined_result.go:58:2:   flow: {heap} = &{storage for get(newP(4))}:
./devirt_inlined_result.go:58:2:     from get(newP(4)) (spill) at ./devirt_inlined_result.go:58:2
./devirt_inlined_result.go:58:2:     from sink = get(newP(4)) (assign) at ./devirt_inlined_result.go:58:7
./devirt_inlined_result.go:60:2: x.Get() escapes to heap:
./devirt_inlined_result.go:60:2:   flow: {heap} = &{storage for x.Get()}:
./devirt_inlined_result.go:60:2:     from x.Get() (spill) at ./devirt_inlined_result.go:60:2
./devirt_inlined_result.go:60:2:     from sink = x.Get() (assign) at ./devirt_inlined_result.go:60:7
./devirt_inlined_result.go:62:2: y.Get() escapes to heap:
./devirt_inlined_result.go:62:2:   flow: {heap} = &{storage for y.Get()}:
./devirt_inlined_result.go:62:2:     from y.Get() (spill) at ./devirt_inlined_result.go:62:2
./devirt_inlined_result.go:62:2:     from sink = y.Get() (assign) at ./devirt_inlined_result.go:62:7
./devirt_inlined_result.go:64:2: z.Get() escapes to heap:
./devirt_inlined_result.go:64:2:   flow: {heap} = &{storage for z.Get()}:
./devirt_inlined_result.go:64:2:     from z.Get() (spill) at ./devirt_inlined_result.go:64:2
./devirt_inlined_result.go:64:2:     from sink = z.Get() (assign) at ./devirt_inlined_result.go:64:7
./devirt_inlined_result.go:67:2: r.Get() escapes to heap:
./devirt_inlined_result.go:67:2:   flow: {heap} = &{storage for r.Get()}:
./devirt_inlined_result.go:67:2:     from r.Get() (spill) at ./devirt_inlined_result.go:67:2
./devirt_inlined_result.go:67:2:     from sink = r.Get() (assign) at ./devirt_inlined_result.go:67:7
./devirt_inlined_result.go:52:2: v.Get() escapes to heap
./devirt_inlined_result.go:54:2: w.Get() escapes to heap
./devirt_inlined_result.go:56:2: p.Get() escapes to heap
./devirt_inlined_result.go:57:2: .autotmp_3.Get() escapes to heap
./devirt_inlined_result.go:58:2: get(newP(4)) escapes to heap
./devirt_inlined_result.go:60:2: x.Get() escapes to heap
./devirt_inlined_result.go:62:2: y.Get() escapes to heap
./devirt_inlined_result.go:64:2: z.Get() escapes to heap
./devirt_inlined_result.go:67:2: r.Get() escapes to heap
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Get() (call parameter) at <autogenerated>:1
