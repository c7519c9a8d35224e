# command-line-arguments
./main.go:7:11: parameter p leaks to {heap} with derefs=0:
./main.go:7:11:   flow: {heap} = p:
./main.go:7:11:     from global = p (assign) at ./main.go:7:28
./main.go:7:11: leaking param: p
./main.go:9:2: x escapes to heap:
./main.go:9:2:   flow: {heap} = &x:
./main.go:9:2:     from &x (address-of) at ./main.go:10:7
./main.go:9:2:     from sink(&x) (call parameter) at ./main.go:10:6
./main.go:9:2: moved to heap: x
./main.go:15:14: *global escapes to heap:
./main.go:15:14:   flow: {storage for ... argument} = &{storage for *global}:
./main.go:15:14:     from *global (spill) at ./main.go:15:14
./main.go:15:14:     from ... argument (slice-literal-element) at ./main.go:15:13
./main.go:15:14:   flow: {heap} = {storage for ... argument}:
./main.go:15:14:     from ... argument (spill) at ./main.go:15:13
./main.go:15:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:15:13
./main.go:15:13: ... argument does not escape
./main.go:15:14: *global escapes to heap
