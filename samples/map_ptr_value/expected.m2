# command-line-arguments
./main.go:5:2: x escapes to heap:
./main.go:5:2:   flow: {heap} = &x:
./main.go:5:2:     from &x (address-of) at ./main.go:6:9
./main.go:5:2:     from m[0] = &x (assign) at ./main.go:6:7
./main.go:5:2: moved to heap: x
./main.go:4:19: map[int]*int{} does not escape
