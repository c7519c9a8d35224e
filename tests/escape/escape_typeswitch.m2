# command-line-arguments
./escape_typeswitch.go:19:10: parameter i leaks to {heap} with derefs=0:
./escape_typeswitch.go:19:10:   flow: v = i:
./escape_typeswitch.go:19:10:     from case *T: sink = v (switch case) at ./escape_typeswitch.go:21:2
./escape_typeswitch.go:19:10:   flow: {heap} = v:
./escape_typeswitch.go:19:10:     from sink = v (assign) at ./escape_typeswitch.go:22:8
./escape_typeswitch.go:19:10: leaking param: i
./escape_typeswitch.go:26:11: parameter i leaks to {heap} with derefs=0:
./escape_typeswitch.go:26:11:   flow: {temp} = i:
./escape_typeswitch.go:26:11:   flow: v = {temp}:
./escape_typeswitch.go:26:11:     from default: fmt.Println(... argument...) (switch case) at ./escape_typeswitch.go:36:2
./escape_typeswitch.go:26:11:   flow: {storage for ... argument} = v:
./escape_typeswitch.go:26:11:     from ... argument (slice-literal-element) at ./escape_typeswitch.go:37:14
./escape_typeswitch.go:26:11:   flow: {heap} = {storage for ... argument}:
./escape_typeswitch.go:26:11:     from ... argument (spill) at ./escape_typeswitch.go:37:14
./escape_typeswitch.go:26:11:     from fmt.Println(... argument...) (call parameter) at ./escape_typeswitch.go:37:14
./escape_typeswitch.go:26:11: leaking param: i
./escape_typeswitch.go:37:14: ... argument does not escape
./escape_typeswitch.go:41:12: i does not escape
./escape_typeswitch.go:53:12: parameter s leaks to ~r0 with derefs=0:
./escape_typeswitch.go:53:12:   flow: ~r0 = s:
./escape_typeswitch.go:53:12:     from s (interface-converted) at ./escape_typeswitch.go:54:9
./escape_typeswitch.go:53:12:     from return s (return) at ./escape_typeswitch.go:54:2
./escape_typeswitch.go:53:12: leaking param: s to result ~r0 level=0
