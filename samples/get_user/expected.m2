# command-line-arguments
./main.go:8:2: u escapes to heap:
./main.go:8:2:   flow: ~r0 = &u:
./main.go:8:2:     from &u (address-of) at ./main.go:9:9
./main.go:8:2:     from return &u (return) at ./main.go:9:2
./main.go:8:2: moved to heap: u
