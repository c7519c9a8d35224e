# command-line-arguments
./main.go:22:6: func literal escapes to heap:
./main.go:22:6:   flow: {heap} = &{storage for func literal}:
./main.go:22:6:     from func literal (spill) at ./main.go:22:6
./main.go:30:6: func literal escapes to heap:
./main.go:30:6:   flow: {heap} = &{storage for func literal}:
./main.go:30:6:     from func literal (spill) at ./main.go:30:6
./main.go:20:6: main capturing by ref: i (addr=false assign=true width=8)
./main.go:20:6: i escapes to heap:
./main.go:20:6:   flow: {storage for func literal} = &i:
./main.go:20:6:     from i (captured by a closure) at ./main.go:22:19
./main.go:20:6:     from i (reference) at ./main.go:22:19
./main.go:28:3: main capturing by value: j (addr=false assign=false width=8)
./main.go:33:48: atomic.LoadInt64(&total) escapes to heap:
./main.go:33:48:   flow: {storage for ... argument} = &{storage for atomic.LoadInt64(&total)}:
./main.go:33:48:     from atomic.LoadInt64(&total) (spill) at ./main.go:33:48
./main.go:33:48:     from ... argument (slice-literal-element) at ./main.go:33:13
./main.go:33:48:   flow: {heap} = {storage for ... argument}:
./main.go:33:48:     from ... argument (spill) at ./main.go:33:13
./main.go:33:48:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:13
./main.go:33:14: "sum of copies:" escapes to heap:
./main.go:33:14:   flow: {storage for ... argument} = &{storage for "sum of copies:"}:
./main.go:33:14:     from "sum of copies:" (spill) at ./main.go:33:14
./main.go:33:14:     from ... argument (slice-literal-element) at ./main.go:33:13
./main.go:33:14:   flow: {heap} = {storage for ... argument}:
./main.go:33:14:     from ... argument (spill) at ./main.go:33:13
./main.go:33:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:13
./main.go:20:6: moved to heap: i
./main.go:22:6: func literal escapes to heap
./main.go:30:6: func literal escapes to heap
./main.go:33:13: ... argument does not escape
./main.go:33:14: "sum of copies:" escapes to heap
./main.go:33:48: atomic.LoadInt64(&total) escapes to heap
