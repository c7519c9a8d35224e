# command-line-arguments
./escape_switch.go:12:2: x escapes to heap:
./escape_switch.go:12:2:   flow: {heap} = &x:
./escape_switch.go:12:2:     from &x (address-of) at ./escape_switch.go:14:8
./escape_switch.go:12:2:     from gp = &x (assign) at ./escape_switch.go:14:6
./escape_switch.go:12:2: moved to heap: x
./escape_switch.go:26:8: c escapes to heap:
./escape_switch.go:26:8:   flow: p = &c:
./escape_switch.go:26:8:     from &c (address-of) at ./escape_switch.go:34:7
./escape_switch.go:26:8:     from p = &c (assign) at ./escape_switch.go:34:5
./escape_switch.go:26:8:   flow: ~r0 = p:
./escape_switch.go:26:8:     from return p (return) at ./escape_switch.go:36:2
./escape_switch.go:26:5: b escapes to heap:
./escape_switch.go:26:5:   flow: p = &b:
./escape_switch.go:26:5:     from &b (address-of) at ./escape_switch.go:32:7
./escape_switch.go:26:5:     from p = &b (assign) at ./escape_switch.go:32:5
./escape_switch.go:26:5:   flow: ~r0 = p:
./escape_switch.go:26:5:     from return p (return) at ./escape_switch.go:36:2
./escape_switch.go:26:2: a escapes to heap:
./escape_switch.go:26:2:   flow: p = &a:
./escape_switch.go:26:2:     from &a (address-of) at ./escape_switch.go:30:7
./escape_switch.go:26:2:     from p = &a (assign) at ./escape_switch.go:30:5
./escape_switch.go:26:2:   flow: ~r0 = p:
./escape_switch.go:26:2:     from return p (return) at ./escape_switch.go:36:2
./escape_switch.go:26:2: moved to heap: a
./escape_switch.go:26:5: moved to heap: b
./escape_switch.go:26:8: moved to heap: c
./escape_switch.go:52:2: z escapes to heap:
./escape_switch.go:52:2:   flow: p = &z:
./escape_switch.go:52:2:     from &z (address-of) at ./escape_switch.go:53:7
./escape_switch.go:52:2:     from p := &z (assign) at ./escape_switch.go:53:4
./escape_switch.go:52:2:   flow: {heap} = p:
./escape_switch.go:52:2:     from gp = p (assign) at ./escape_switch.go:54:5
./escape_switch.go:52:2: moved to heap: z
./escape_switch.go:60:2: w escapes to heap:
./escape_switch.go:60:2:   flow: ~r0 = &w:
./escape_switch.go:60:2:     from &w (address-of) at ./escape_switch.go:64:9
./escape_switch.go:60:2:     from return &w (return) at ./escape_switch.go:64:2
./escape_switch.go:60:2: moved to heap: w
./escape_switch.go:67:20: e does not escape
./escape_switch.go:79:2: v escapes to heap:
./escape_switch.go:79:2:   flow: p = &v:
./escape_switch.go:79:2:     from &v (address-of) at ./escape_switch.go:81:7
./escape_switch.go:79:2:     from p = &v (assign) at ./escape_switch.go:81:5
./escape_switch.go:79:2:   flow: ~r0 = p:
./escape_switch.go:79:2:     from return p (return) at ./escape_switch.go:84:2
./escape_switch.go:79:2: moved to heap: v
