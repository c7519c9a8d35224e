# command-line-arguments
./escape_go.go:10:15: worker capturing by value: .autotmp_3 (addr=false assign=false width=8)
./escape_go.go:9:34: parameter wg leaks to {heap} with derefs=0:
./escape_go.go:9:34:   flow: .autotmp_3 = wg:
./escape_go.go:9:34:     from .autotmp_3 = wg (assign) at ./escape_go.go:10:15
./escape_go.go:9:34:   flow: {heap} = .autotmp_3:
./escape_go.go:9:34:     from (*sync.WaitGroup).Done(.autotmp_3) (call parameter) at ./escape_go.go:10:15
./escape_go.go:9:21: ch does not escape
./escape_go.go:9:34: leaking param: wg
./escape_go.go:15:6: wg escapes to heap:
./escape_go.go:15:6:   flow: {heap} = &wg:
./escape_go.go:15:6:     from wg (address-of) at ./escape_go.go:17:5
./escape_go.go:15:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./escape_go.go:17:9
./escape_go.go:18:3: func literal escapes to heap:
./escape_go.go:18:3:   flow: {heap} = &{storage for func literal}:
./escape_go.go:18:3:     from func literal (spill) at ./escape_go.go:18:3
./escape_go.go:15:6: wg escapes to heap:
./escape_go.go:15:6:   flow: {heap} = &wg:
./escape_go.go:15:6:     from wg (address-of) at ./escape_go.go:20:4
./escape_go.go:15:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./escape_go.go:20:9
./escape_go.go:18:12: startWorkers capturing by value: .autotmp_3 (addr=false assign=false width=8)
./escape_go.go:18:12: startWorkers capturing by value: .autotmp_4 (addr=false assign=false width=8)
./escape_go.go:18:20: startWorkers capturing by value: .autotmp_5 (addr=false assign=false width=8)
./escape_go.go:14:19: parameter ch leaks to {storage for func literal} with derefs=0:
./escape_go.go:14:19:   flow: .autotmp_4 = ch:
./escape_go.go:14:19:     from .autotmp_4 = ch (assign) at ./escape_go.go:18:12
./escape_go.go:14:19:   flow: {storage for func literal} = .autotmp_4:
./escape_go.go:14:19:     from .autotmp_4 (captured by a closure) at ./escape_go.go:18:12
./escape_go.go:14:19: leaking param: ch
./escape_go.go:15:6: moved to heap: wg
./escape_go.go:26:5: func literal escapes to heap:
./escape_go.go:26:5:   flow: {heap} = &{storage for func literal}:
./escape_go.go:26:5:     from func literal (spill) at ./escape_go.go:26:5
./escape_go.go:24:2: goCapture capturing by ref: x (addr=false assign=true width=8)
./escape_go.go:24:2: x escapes to heap:
./escape_go.go:24:2:   flow: {storage for func literal} = &x:
./escape_go.go:24:2:     from x (captured by a closure) at ./escape_go.go:27:3
./escape_go.go:24:2:     from x (reference) at ./escape_go.go:27:3
./escape_go.go:25:2: goCapture capturing by value: done (addr=false assign=false width=8)
./escape_go.go:24:2: moved to heap: x
./escape_go.go:26:5: func literal escapes to heap
./escape_go.go:35:6: wg escapes to heap:
./escape_go.go:35:6:   flow: {heap} = &wg:
./escape_go.go:35:6:     from wg (address-of) at ./escape_go.go:37:5
./escape_go.go:35:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./escape_go.go:37:9
./escape_go.go:38:3: func literal escapes to heap:
./escape_go.go:38:3:   flow: {heap} = &{storage for func literal}:
./escape_go.go:38:3:     from func literal (spill) at ./escape_go.go:38:3
./escape_go.go:35:6: wg escapes to heap:
./escape_go.go:35:6:   flow: {heap} = &wg:
./escape_go.go:35:6:     from wg (address-of) at ./escape_go.go:43:4
./escape_go.go:35:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./escape_go.go:43:9
./escape_go.go:35:6: goArgs capturing by ref: wg (addr=true assign=false width=16)
./escape_go.go:39:12: goArgs.func1 capturing by value: .autotmp_1 (addr=false assign=false width=8)
./escape_go.go:38:6: goArgs capturing by value: .autotmp_3 (addr=false assign=false width=8)
./escape_go.go:41:4: goArgs capturing by value: .autotmp_4 (addr=false assign=false width=8)
./escape_go.go:38:6: func literal escapes to heap:
./escape_go.go:38:6:   flow: .autotmp_3 = &{storage for func literal}:
./escape_go.go:38:6:     from func literal (spill) at ./escape_go.go:38:6
./escape_go.go:38:6:     from .autotmp_3 = func literal (assign) at ./escape_go.go:38:6
./escape_go.go:38:6:   flow: {storage for func literal} = .autotmp_3:
./escape_go.go:38:6:     from .autotmp_3 (captured by a closure) at ./escape_go.go:41:4
./escape_go.go:35:6: moved to heap: wg
./escape_go.go:38:6: func literal escapes to heap
./escape_go.go:48:2: func literal escapes to heap:
./escape_go.go:48:2:   flow: {heap} = &{storage for func literal}:
./escape_go.go:48:2:     from func literal (spill) at ./escape_go.go:48:2
./escape_go.go:48:5: goPtr capturing by value: .autotmp_1 (addr=false assign=false width=8)
./escape_go.go:48:25: goPtr capturing by value: .autotmp_2 (addr=false assign=false width=8)
./escape_go.go:47:7: &T{...} escapes to heap:
./escape_go.go:47:7:   flow: t = &{storage for &T{...}}:
./escape_go.go:47:7:     from &T{...} (spill) at ./escape_go.go:47:7
./escape_go.go:47:7:     from t := &T{...} (assign) at ./escape_go.go:47:4
./escape_go.go:47:7:   flow: .autotmp_2 = t:
./escape_go.go:47:7:     from .autotmp_2 = t (assign) at ./escape_go.go:48:25
./escape_go.go:47:7:   flow: {storage for func literal} = .autotmp_2:
./escape_go.go:47:7:     from .autotmp_2 (captured by a closure) at ./escape_go.go:48:25
./escape_go.go:48:5: func literal escapes to heap:
./escape_go.go:48:5:   flow: .autotmp_1 = &{storage for func literal}:
./escape_go.go:48:5:     from func literal (spill) at ./escape_go.go:48:5
./escape_go.go:48:5:     from .autotmp_1 = func literal (assign) at ./escape_go.go:48:5
./escape_go.go:48:5:   flow: {storage for func literal} = .autotmp_1:
./escape_go.go:48:5:     from .autotmp_1 (captured by a closure) at ./escape_go.go:48:25
./escape_go.go:48:10: p does not escape
./escape_go.go:47:7: &T{...} escapes to heap
./escape_go.go:48:5: func literal escapes to heap
./escape_go.go:52:6: mu escapes to heap:
./escape_go.go:52:6:   flow: {heap} = &mu:
./escape_go.go:52:6:     from mu (address-of) at ./escape_go.go:53:4
./escape_go.go:52:6:     from (*sync.Mutex).Lock(mu) (call parameter) at ./escape_go.go:53:9
./escape_go.go:52:6: mu escapes to heap:
./escape_go.go:52:6:   flow: {heap} = &mu:
./escape_go.go:52:6:     from mu (address-of) at ./escape_go.go:54:4
./escape_go.go:52:6:     from (*sync.Mutex).Unlock(mu) (call parameter) at ./escape_go.go:54:11
./escape_go.go:55:6: once escapes to heap:
./escape_go.go:55:6:   flow: {heap} = &once:
./escape_go.go:55:6:     from once (address-of) at ./escape_go.go:56:6
./escape_go.go:55:6:     from (*sync.Once).Do(once, func literal) (call parameter) at ./escape_go.go:56:9
./escape_go.go:52:6: moved to heap: mu
./escape_go.go:55:6: moved to heap: once
./escape_go.go:56:10: func literal does not escape
