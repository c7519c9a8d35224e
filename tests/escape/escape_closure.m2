# command-line-arguments
./escape_closure.go:9:2: Increase capturing by ref: n (addr=false assign=true width=8)
./escape_closure.go:10:9: func literal escapes to heap:
./escape_closure.go:10:9:   flow: ~r0 = &{storage for func literal}:
./escape_closure.go:10:9:     from func literal (spill) at ./escape_closure.go:10:9
./escape_closure.go:10:9:     from return func literal (return) at ./escape_closure.go:10:2
./escape_closure.go:9:2: n escapes to heap:
./escape_closure.go:9:2:   flow: {storage for func literal} = &n:
./escape_closure.go:9:2:     from n (captured by a closure) at ./escape_closure.go:11:3
./escape_closure.go:9:2:     from n (reference) at ./escape_closure.go:11:3
./escape_closure.go:9:2: moved to heap: n
./escape_closure.go:10:9: func literal escapes to heap
./escape_closure.go:17:2: byValue capturing by value: a (addr=false assign=false width=8)
./escape_closure.go:18:7: func literal does not escape
./escape_closure.go:23:2: byRefLocal capturing by ref: a (addr=false assign=true width=8)
./escape_closure.go:24:7: func literal does not escape
./escape_closure.go:30:6: bigCapture capturing by ref: big (addr=false assign=false width=160)
./escape_closure.go:31:7: func literal does not escape
./escape_closure.go:37:10: func literal escapes to heap:
./escape_closure.go:37:10:   flow: {heap} = &{storage for func literal}:
./escape_closure.go:37:10:     from func literal (spill) at ./escape_closure.go:37:10
./escape_closure.go:37:10:     from sinkf = func literal (assign) at ./escape_closure.go:37:8
./escape_closure.go:36:2: escapingByValue capturing by value: v (addr=false assign=false width=8)
./escape_closure.go:37:10: func literal escapes to heap
./escape_closure.go:42:10: func literal escapes to heap:
./escape_closure.go:42:10:   flow: {heap} = &{storage for func literal}:
./escape_closure.go:42:10:     from func literal (spill) at ./escape_closure.go:42:10
./escape_closure.go:42:10:     from sinkf = func literal (assign) at ./escape_closure.go:42:8
./escape_closure.go:41:2: escapingByRef capturing by ref: w (addr=false assign=true width=8)
./escape_closure.go:41:2: w escapes to heap:
./escape_closure.go:41:2:   flow: {storage for func literal} = &w:
./escape_closure.go:41:2:     from w (captured by a closure) at ./escape_closure.go:42:23
./escape_closure.go:41:2:     from w (reference) at ./escape_closure.go:42:23
./escape_closure.go:41:2: moved to heap: w
./escape_closure.go:42:10: func literal escapes to heap
./escape_closure.go:46:2: directCall capturing by ref: y (addr=true assign=true width=8)
./escape_closure.go:48:12: parameter q leaks to ~r0 with derefs=0:
./escape_closure.go:48:12:   flow: ~r0 = q:
./escape_closure.go:48:12:     from return q (return) at ./escape_closure.go:48:27
./escape_closure.go:48:12: parameter q leaks to p with derefs=0:
./escape_closure.go:48:12:   flow: ~r0 = q:
./escape_closure.go:48:12:     from return q (return) at ./escape_closure.go:48:27
./escape_closure.go:48:12:   flow: p = ~r0:
./escape_closure.go:48:12:     from p := (func literal)(&y) (assign) at ./escape_closure.go:48:4
./escape_closure.go:48:12: leaking param: q
./escape_closure.go:47:2: func literal does not escape
./escape_closure.go:48:7: func literal does not escape
./escape_closure.go:53:6: resultOfDirect capturing by ref: u (addr=true assign=false width=8)
./escape_closure.go:54:4: func literal does not escape
./escape_closure.go:59:6: storeInClosure capturing by ref: l (addr=false assign=true width=8)
./escape_closure.go:61:10: new(int) escapes to heap:
./escape_closure.go:61:10:   flow: l = &{storage for new(int)}:
./escape_closure.go:61:10:     from new(int) (spill) at ./escape_closure.go:61:10
./escape_closure.go:61:10:     from l = new(int) (assign) at ./escape_closure.go:61:5
./escape_closure.go:61:10:   flow: {storage for func literal} = &l:
./escape_closure.go:61:10:     from l (captured by a closure) at ./escape_closure.go:61:3
./escape_closure.go:61:10:     from l (reference) at ./escape_closure.go:61:3
./escape_closure.go:60:2: func literal does not escape
./escape_closure.go:61:10: new(int) escapes to heap
./escape_closure.go:67:2: nested capturing by ref: x (addr=false assign=true width=8)
./escape_closure.go:67:2: nested capturing by ref: x (addr=true assign=true width=8)
./escape_closure.go:68:9: func literal escapes to heap:
./escape_closure.go:68:9:   flow: ~r0 = &{storage for func literal}:
./escape_closure.go:68:9:     from func literal (spill) at ./escape_closure.go:68:9
./escape_closure.go:68:9:     from return func literal (return) at ./escape_closure.go:68:2
./escape_closure.go:67:2: x escapes to heap:
./escape_closure.go:67:2:   flow: {storage for func literal} = &x:
./escape_closure.go:67:2:     from x (captured by a closure) at ./escape_closure.go:69:10
./escape_closure.go:67:2:     from x (reference) at ./escape_closure.go:69:10
./escape_closure.go:67:2: moved to heap: x
./escape_closure.go:68:9: func literal escapes to heap
./escape_closure.go:69:10: func literal does not escape
./escape_closure.go:79:19: func literal escapes to heap:
./escape_closure.go:79:19:   flow: {heap} = &{storage for func literal}:
./escape_closure.go:79:19:     from func literal (spill) at ./escape_closure.go:79:19
./escape_closure.go:79:19:     from append(fs, func literal) (call parameter) at ./escape_closure.go:79:14
./escape_closure.go:78:6: loopCapture capturing by ref: i (addr=false assign=true width=8)
./escape_closure.go:78:6: i escapes to heap:
./escape_closure.go:78:6:   flow: {storage for func literal} = &i:
./escape_closure.go:78:6:     from i (captured by a closure) at ./escape_closure.go:79:39
./escape_closure.go:78:6:     from i (reference) at ./escape_closure.go:79:39
./escape_closure.go:78:6: moved to heap: i
./escape_closure.go:79:19: func literal escapes to heap
./escape_closure.go:84:21: leakViaClosure capturing by value: p (addr=false assign=false width=8)
./escape_closure.go:84:21: parameter p leaks to {heap} with derefs=0:
./escape_closure.go:84:21:   flow: {heap} = p:
./escape_closure.go:84:21:     from gp = p (assign) at ./escape_closure.go:86:6
./escape_closure.go:84:21: leaking param: p
./escape_closure.go:85:2: func literal does not escape
./escape_closure.go:90:21: paramToClosure capturing by value: p (addr=false assign=false width=8)
./escape_closure.go:91:9: func literal escapes to heap:
./escape_closure.go:91:9:   flow: ~r0 = &{storage for func literal}:
./escape_closure.go:91:9:     from func literal (spill) at ./escape_closure.go:91:9
./escape_closure.go:91:9:     from return func literal (return) at ./escape_closure.go:91:2
./escape_closure.go:90:21: parameter p leaks to {storage for func literal} with derefs=0:
./escape_closure.go:90:21:   flow: {storage for func literal} = p:
./escape_closure.go:90:21:     from p (captured by a closure) at ./escape_closure.go:91:30
./escape_closure.go:90:21: leaking param: p
./escape_closure.go:91:9: func literal escapes to heap
./escape_closure.go:106:2: x escapes to heap:
./escape_closure.go:106:2:   flow: {heap} = &x:
./escape_closure.go:106:2:     from &x (address-of) at ./escape_closure.go:107:17
./escape_closure.go:106:2:     from leakViaClosure(&x) (call parameter) at ./escape_closure.go:107:16
./escape_closure.go:106:2: x escapes to heap:
./escape_closure.go:106:2:   flow: {heap} = &x:
./escape_closure.go:106:2:     from &x (address-of) at ./escape_closure.go:108:17
./escape_closure.go:106:2:     from paramToClosure(&x) (call parameter) at ./escape_closure.go:108:16
./escape_closure.go:106:2: moved to heap: x
