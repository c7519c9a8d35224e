# command-line-arguments
./escape_godefer_explain.go:11:10: a does not escape
./escape_godefer_explain.go:11:13: b does not escape
./escape_godefer_explain.go:13:11: ps does not escape
./escape_godefer_explain.go:15:7: t does not escape
./escape_godefer_explain.go:19:2: func literal escapes to heap:
./escape_godefer_explain.go:19:2:   flow: {heap} = &{storage for func literal}:
./escape_godefer_explain.go:19:2:     from func literal (spill) at ./escape_godefer_explain.go:19:2
./escape_godefer_explain.go:20:2: func literal escapes to heap:
./escape_godefer_explain.go:20:2:   flow: {heap} = &{storage for func literal}:
./escape_godefer_explain.go:20:2:     from func literal (spill) at ./escape_godefer_explain.go:20:2
./escape_godefer_explain.go:22:2: func literal escapes to heap:
./escape_godefer_explain.go:22:2:   flow: {heap} = &{storage for func literal}:
./escape_godefer_explain.go:22:2:     from func literal (spill) at ./escape_godefer_explain.go:22:2
./escape_godefer_explain.go:19:8: start capturing by value: .autotmp_3 (addr=false assign=false width=8)
./escape_godefer_explain.go:19:15: start capturing by value: .autotmp_4 (addr=false assign=false width=8)
./escape_godefer_explain.go:20:20: start capturing by value: .autotmp_5 (addr=false assign=false width=8)
./escape_godefer_explain.go:20:16: start capturing by value: .autotmp_6 (addr=false assign=false width=8)
./escape_godefer_explain.go:22:10: start capturing by value: .autotmp_7 (addr=false assign=false width=8)
./escape_godefer_explain.go:21:7: &T{} escapes to heap:
./escape_godefer_explain.go:21:7:   flow: t = &{storage for &T{}}:
./escape_godefer_explain.go:21:7:     from &T{} (spill) at ./escape_godefer_explain.go:21:7
./escape_godefer_explain.go:21:7:     from t := &T{} (assign) at ./escape_godefer_explain.go:21:4
./escape_godefer_explain.go:21:7:   flow: .autotmp_7 = t:
./escape_godefer_explain.go:21:7:     from .autotmp_7 = t (assign) at ./escape_godefer_explain.go:22:10
./escape_godefer_explain.go:21:7:   flow: {storage for func literal} = .autotmp_7:
./escape_godefer_explain.go:21:7:     from .autotmp_7 (captured by a closure) at ./escape_godefer_explain.go:22:10
./escape_godefer_explain.go:17:12: parameter x leaks to {storage for func literal} with derefs=0:
./escape_godefer_explain.go:17:12:   flow: p = &x:
./escape_godefer_explain.go:17:12:     from &x (address-of) at ./escape_godefer_explain.go:18:7
./escape_godefer_explain.go:17:12:     from p := &x (assign) at ./escape_godefer_explain.go:18:4
./escape_godefer_explain.go:17:12:   flow: .autotmp_6 = p:
./escape_godefer_explain.go:17:12:     from .autotmp_6 = p (assign) at ./escape_godefer_explain.go:20:16
./escape_godefer_explain.go:17:12:   flow: {storage for func literal} = .autotmp_6:
./escape_godefer_explain.go:17:12:     from .autotmp_6 (captured by a closure) at ./escape_godefer_explain.go:20:16
./escape_godefer_explain.go:17:12: x escapes to heap:
./escape_godefer_explain.go:17:12:   flow: p = &x:
./escape_godefer_explain.go:17:12:     from &x (address-of) at ./escape_godefer_explain.go:18:7
./escape_godefer_explain.go:17:12:     from p := &x (assign) at ./escape_godefer_explain.go:18:4
./escape_godefer_explain.go:17:12:   flow: .autotmp_6 = p:
./escape_godefer_explain.go:17:12:     from .autotmp_6 = p (assign) at ./escape_godefer_explain.go:20:16
./escape_godefer_explain.go:17:12:   flow: {storage for func literal} = .autotmp_6:
./escape_godefer_explain.go:17:12:     from .autotmp_6 (captured by a closure) at ./escape_godefer_explain.go:20:16
./escape_godefer_explain.go:20:20: new(int) escapes to heap:
./escape_godefer_explain.go:20:20:   flow: .autotmp_5 = &{storage for new(int)}:
./escape_godefer_explain.go:20:20:     from new(int) (spill) at ./escape_godefer_explain.go:20:20
./escape_godefer_explain.go:20:20:     from .autotmp_5 = new(int) (assign) at ./escape_godefer_explain.go:20:20
./escape_godefer_explain.go:20:20:   flow: {storage for func literal} = .autotmp_5:
./escape_godefer_explain.go:20:20:     from .autotmp_5 (captured by a closure) at ./escape_godefer_explain.go:20:16
./escape_godefer_explain.go:19:15: new(int) escapes to heap:
./escape_godefer_explain.go:19:15:   flow: .autotmp_4 = &{storage for new(int)}:
./escape_godefer_explain.go:19:15:     from new(int) (spill) at ./escape_godefer_explain.go:19:15
./escape_godefer_explain.go:19:15:     from .autotmp_4 = new(int) (assign) at ./escape_godefer_explain.go:19:15
./escape_godefer_explain.go:19:15:   flow: {storage for func literal} = .autotmp_4:
./escape_godefer_explain.go:19:15:     from .autotmp_4 (captured by a closure) at ./escape_godefer_explain.go:19:8
./escape_godefer_explain.go:17:12: moved to heap: x
./escape_godefer_explain.go:19:15: new(int) escapes to heap
./escape_godefer_explain.go:20:20: new(int) escapes to heap
./escape_godefer_explain.go:20:16: []*int{...} does not escape
./escape_godefer_explain.go:21:7: &T{} escapes to heap
./escape_godefer_explain.go:28:3: func literal escapes to heap:
./escape_godefer_explain.go:28:3:   flow: {heap} = &{storage for func literal}:
./escape_godefer_explain.go:28:3:     from func literal (spill) at ./escape_godefer_explain.go:28:3
./escape_godefer_explain.go:26:12: later capturing by value: .autotmp_2 (addr=false assign=false width=8)
./escape_godefer_explain.go:26:19: later capturing by value: .autotmp_3 (addr=false assign=false width=8)
./escape_godefer_explain.go:28:17: later capturing by value: .autotmp_4 (addr=false assign=false width=8)
./escape_godefer_explain.go:28:17: new(int) escapes to heap:
./escape_godefer_explain.go:28:17:   flow: .autotmp_4 = &{storage for new(int)}:
./escape_godefer_explain.go:28:17:     from new(int) (spill) at ./escape_godefer_explain.go:28:17
./escape_godefer_explain.go:28:17:     from .autotmp_4 = new(int) (assign) at ./escape_godefer_explain.go:28:17
./escape_godefer_explain.go:28:17:   flow: {storage for func literal} = .autotmp_4:
./escape_godefer_explain.go:28:17:     from .autotmp_4 (captured by a closure) at ./escape_godefer_explain.go:28:13
./escape_godefer_explain.go:26:19: new(int) does not escape
./escape_godefer_explain.go:28:17: new(int) escapes to heap
./escape_godefer_explain.go:28:13: ... argument does not escape
./escape_godefer_explain.go:35:3: func literal escapes to heap:
./escape_godefer_explain.go:35:3:   flow: {heap} = &{storage for func literal}:
./escape_godefer_explain.go:35:3:     from func literal (spill) at ./escape_godefer_explain.go:35:3
./escape_godefer_explain.go:35:9: literal capturing by value: .autotmp_1 (addr=false assign=false width=8)
./escape_godefer_explain.go:37:5: literal capturing by value: .autotmp_2 (addr=false assign=false width=8)
./escape_godefer_explain.go:33:2: x escapes to heap:
./escape_godefer_explain.go:33:2:   flow: .autotmp_2 = &x:
./escape_godefer_explain.go:33:2:     from &x (address-of) at ./escape_godefer_explain.go:37:5
./escape_godefer_explain.go:33:2:     from .autotmp_2 = &x (assign) at ./escape_godefer_explain.go:37:5
./escape_godefer_explain.go:33:2:   flow: {storage for func literal} = .autotmp_2:
./escape_godefer_explain.go:33:2:     from .autotmp_2 (captured by a closure) at ./escape_godefer_explain.go:37:4
./escape_godefer_explain.go:35:9: func literal escapes to heap:
./escape_godefer_explain.go:35:9:   flow: .autotmp_1 = &{storage for func literal}:
./escape_godefer_explain.go:35:9:     from func literal (spill) at ./escape_godefer_explain.go:35:9
./escape_godefer_explain.go:35:9:     from .autotmp_1 = func literal (assign) at ./escape_godefer_explain.go:35:9
./escape_godefer_explain.go:35:9:   flow: {storage for func literal} = .autotmp_1:
./escape_godefer_explain.go:35:9:     from .autotmp_1 (captured by a closure) at ./escape_godefer_explain.go:37:4
./escape_godefer_explain.go:35:14: p does not escape
./escape_godefer_explain.go:33:2: moved to heap: x
./escape_godefer_explain.go:35:9: func literal escapes to heap
