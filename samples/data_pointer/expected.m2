# command-line-arguments
./main.go:12:6: c escapes to heap:
./main.go:12:6:   flow: ~r0 = &c:
./main.go:12:6:     from &c (address-of) at ./main.go:15:9
./main.go:12:6:     from return &c (return) at ./main.go:15:2
./main.go:12:6: moved to heap: c
./main.go:19:13: ... argument does not escape
