# command-line-arguments
./main.go:7:2: a escapes to heap:
./main.go:7:2:   flow: {heap} = &a:
./main.go:7:2:     from &a (address-of) at ./main.go:8:11
./main.go:7:2:     from dat[0] = &a (assign) at ./main.go:8:9
./main.go:10:30: dat[0] == &a escapes to heap:
./main.go:10:30:   flow: {storage for ... argument} = &{storage for dat[0] == &a}:
./main.go:10:30:     from dat[0] == &a (spill) at ./main.go:10:30
./main.go:10:30:     from ... argument (slice-literal-element) at ./main.go:10:12
./main.go:10:30:   flow: {heap} = {storage for ... argument}:
./main.go:10:30:     from ... argument (spill) at ./main.go:10:12
./main.go:10:30:     from fmt.Printf("%v\r\n", ... argument...) (call parameter) at ./main.go:10:12
./main.go:9:23: *dat[0] escapes to heap:
./main.go:9:23:   flow: {storage for ... argument} = &{storage for *dat[0]}:
./main.go:9:23:     from *dat[0] (spill) at ./main.go:9:23
./main.go:9:23:     from ... argument (slice-literal-element) at ./main.go:9:12
./main.go:9:23:   flow: {heap} = {storage for ... argument}:
./main.go:9:23:     from ... argument (spill) at ./main.go:9:12
./main.go:9:23:     from fmt.Printf("%v\r\n", ... argument...) (call parameter) at ./main.go:9:12
./main.go:7:2: moved to heap: a
./main.go:6:15: []*int{...} does not escape
./main.go:9:12: ... argument does not escape
./main.go:9:23: *dat[0] escapes to heap
./main.go:10:12: ... argument does not escape
./main.go:10:30: dat[0] == &a escapes to heap
