# command-line-arguments
./escape_defer.go:9:10: p does not escape
./escape_defer.go:11:11: p does not escape
./escape_defer.go:14:12: topLevel capturing by value: .autotmp_1 (addr=false assign=false width=8)
./escape_defer.go:13:15: x does not escape
./escape_defer.go:19:3: func literal escapes to heap:
./escape_defer.go:19:3:   flow: {heap} = &{storage for func literal}:
./escape_defer.go:19:3:     from func literal (spill) at ./escape_defer.go:19:3
./escape_defer.go:19:13: inLoop capturing by value: .autotmp_2 (addr=false assign=false width=8)
./escape_defer.go:17:13: parameter x leaks to {storage for func literal} with derefs=0:
./escape_defer.go:17:13:   flow: .autotmp_2 = x:
./escape_defer.go:17:13:     from .autotmp_2 = x (assign) at ./escape_defer.go:19:13
./escape_defer.go:17:13:   flow: {storage for func literal} = .autotmp_2:
./escape_defer.go:17:13:     from .autotmp_2 (captured by a closure) at ./escape_defer.go:19:13
./escape_defer.go:17:13: leaking param: x
./escape_defer.go:24:6: closureTop capturing by ref: b (addr=true assign=false width=256)
./escape_defer.go:25:8: func literal does not escape
./escape_defer.go:31:9: func literal escapes to heap:
./escape_defer.go:31:9:   flow: {heap} = &{storage for func literal}:
./escape_defer.go:31:9:     from func literal (spill) at ./escape_defer.go:31:9
./escape_defer.go:30:7: closureLoop capturing by ref: b (addr=true assign=false width=256)
./escape_defer.go:30:7: b escapes to heap:
./escape_defer.go:30:7:   flow: {storage for func literal} = &b:
./escape_defer.go:30:7:     from b (captured by a closure) at ./escape_defer.go:31:23
./escape_defer.go:30:7:     from b (reference) at ./escape_defer.go:31:23
./escape_defer.go:30:7: moved to heap: b
./escape_defer.go:31:9: func literal escapes to heap
./escape_defer.go:36:20: printTop capturing by value: .autotmp_1 (addr=false assign=false width=16)
./escape_defer.go:36:20: printTop capturing by value: .autotmp_2 (addr=false assign=false width=16)
./escape_defer.go:36:20: n escapes to heap:
./escape_defer.go:36:20:   flow: .autotmp_2 = &{storage for n}:
./escape_defer.go:36:20:     from n (spill) at ./escape_defer.go:36:20
./escape_defer.go:36:20:     from .autotmp_2 = n (assign) at ./escape_defer.go:36:20
./escape_defer.go:36:20:   flow: {storage for ... argument} = .autotmp_2:
./escape_defer.go:36:20:     from ... argument (slice-literal-element) at ./escape_defer.go:36:19
./escape_defer.go:36:20:   flow: {heap} = {storage for ... argument}:
./escape_defer.go:36:20:     from ... argument (spill) at ./escape_defer.go:36:19
./escape_defer.go:36:20:     from fmt.Println(... argument...) (call parameter) at ./escape_defer.go:36:19
./escape_defer.go:36:20: "n =" escapes to heap:
./escape_defer.go:36:20:   flow: .autotmp_1 = &{storage for "n ="}:
./escape_defer.go:36:20:     from "n =" (spill) at ./escape_defer.go:36:20
./escape_defer.go:36:20:     from .autotmp_1 = "n =" (assign) at ./escape_defer.go:36:20
./escape_defer.go:36:20:   flow: {storage for ... argument} = .autotmp_1:
./escape_defer.go:36:20:     from ... argument (slice-literal-element) at ./escape_defer.go:36:19
./escape_defer.go:36:20:   flow: {heap} = {storage for ... argument}:
./escape_defer.go:36:20:     from ... argument (spill) at ./escape_defer.go:36:19
./escape_defer.go:36:20:     from fmt.Println(... argument...) (call parameter) at ./escape_defer.go:36:19
./escape_defer.go:36:20: "n =" escapes to heap
./escape_defer.go:36:20: n escapes to heap
./escape_defer.go:36:19: ... argument does not escape
./escape_defer.go:41:3: func literal escapes to heap:
./escape_defer.go:41:3:   flow: {heap} = &{storage for func literal}:
./escape_defer.go:41:3:     from func literal (spill) at ./escape_defer.go:41:3
./escape_defer.go:41:20: printLoop capturing by value: .autotmp_1 (addr=false assign=false width=16)
./escape_defer.go:41:20: i escapes to heap:
./escape_defer.go:41:20:   flow: .autotmp_1 = &{storage for i}:
./escape_defer.go:41:20:     from i (spill) at ./escape_defer.go:41:20
./escape_defer.go:41:20:     from .autotmp_1 = i (assign) at ./escape_defer.go:41:20
./escape_defer.go:41:20:   flow: {storage for ... argument} = .autotmp_1:
./escape_defer.go:41:20:     from ... argument (slice-literal-element) at ./escape_defer.go:41:20
./escape_defer.go:41:20:   flow: {heap} = {storage for ... argument}:
./escape_defer.go:41:20:     from ... argument (spill) at ./escape_defer.go:41:20
./escape_defer.go:41:20:     from fmt.Println(... argument...) (call parameter) at ./escape_defer.go:41:20
./escape_defer.go:41:20: i escapes to heap
./escape_defer.go:41:20: ... argument does not escape
./escape_defer.go:45:15: named capturing by ref: r (addr=false assign=true width=8)
./escape_defer.go:46:8: func literal does not escape
./escape_defer.go:56:7: "x" escapes to heap:
./escape_defer.go:56:7:   flow: {heap} = &{storage for "x"}:
./escape_defer.go:56:7:     from "x" (spill) at ./escape_defer.go:56:7
./escape_defer.go:56:7:     from panic("x") (call parameter) at ./escape_defer.go:56:7
./escape_defer.go:50:20: recovering capturing by ref: err (addr=false assign=true width=16)
./escape_defer.go:51:8: func literal does not escape
./escape_defer.go:56:7: "x" escapes to heap
./escape_defer.go:59:17: f does not escape
./escape_defer.go:64:2: x escapes to heap:
./escape_defer.go:64:2:   flow: {heap} = &x:
./escape_defer.go:64:2:     from &x (address-of) at ./escape_defer.go:66:9
./escape_defer.go:64:2:     from inLoop(&x) (call parameter) at ./escape_defer.go:66:8
./escape_defer.go:64:2: moved to heap: x
./escape_defer.go:73:13: func literal does not escape
