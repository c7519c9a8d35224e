# command-line-arguments
./main.go:4:9: 'a' escapes to heap:
./main.go:4:9:   flow: ~r0 = &{storage for 'a'}:
./main.go:4:9:     from 'a' (spill) at ./main.go:4:9
./main.go:4:9:     from return 'a' (return) at ./main.go:4:2
./main.go:4:9: 'a' escapes to heap
