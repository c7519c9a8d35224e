# command-line-arguments
./escape_commaok_iface.go:12:14: y does not escape
./escape_commaok_iface.go:12:29: m does not escape
./escape_commaok_iface.go:12:44: ch does not escape
./escape_commaok_iface.go:21:2: i escapes to heap:
./escape_commaok_iface.go:21:2:   flow: z = &i:
./escape_commaok_iface.go:21:2:     from &i (address-of) at ./escape_commaok_iface.go:22:24
./escape_commaok_iface.go:21:2:     from S{...} (struct literal element) at ./escape_commaok_iface.go:22:23
./escape_commaok_iface.go:21:2:     from S{...} (interface-converted) at ./escape_commaok_iface.go:22:25
./escape_commaok_iface.go:21:2:     from z = S{...} (assign) at ./escape_commaok_iface.go:22:6
./escape_commaok_iface.go:21:2:   flow: e = z:
./escape_commaok_iface.go:21:2:     from z.(S) (dot) at ./escape_commaok_iface.go:25:11
./escape_commaok_iface.go:21:2:     from e, ok = z.(S) (assign-pair-dot-type) at ./escape_commaok_iface.go:25:8
./escape_commaok_iface.go:21:2:   flow: ~r0 = e:
./escape_commaok_iface.go:21:2:     from e.(S) (dot) at ./escape_commaok_iface.go:27:11
./escape_commaok_iface.go:21:2:     from e.(S).p (dot) at ./escape_commaok_iface.go:27:15
./escape_commaok_iface.go:21:2:     from return e.(S).p (return) at ./escape_commaok_iface.go:27:3
./escape_commaok_iface.go:21:2: moved to heap: i
./escape_commaok_iface.go:35:18: 5 does not escape
./escape_commaok_iface.go:35:32: map[int]int{...} does not escape
