# command-line-arguments
./escape_funcval.go:7:8: p does not escape
./escape_funcval.go:9:8: p does not escape
./escape_funcval.go:11:11: parameter p leaks to {heap} with derefs=0:
./escape_funcval.go:11:11:   flow: {heap} = p:
./escape_funcval.go:11:11:     from gp = p (assign) at ./escape_funcval.go:11:24
./escape_funcval.go:11:11: leaking param: p
./escape_funcval.go:16:2: a escapes to heap:
./escape_funcval.go:16:2:   flow: {heap} = &a:
./escape_funcval.go:16:2:     from &a (address-of) at ./escape_funcval.go:17:5
./escape_funcval.go:16:2:     from fn(&a) (call parameter) at ./escape_funcval.go:17:4
./escape_funcval.go:15:18: fn does not escape
./escape_funcval.go:16:2: moved to heap: a
./escape_funcval.go:27:2: a escapes to heap:
./escape_funcval.go:27:2:   flow: {heap} = &a:
./escape_funcval.go:27:2:     from &a (address-of) at ./escape_funcval.go:30:5
./escape_funcval.go:27:2:     from fn(&a) (call parameter) at ./escape_funcval.go:30:4
./escape_funcval.go:27:2: moved to heap: a
./escape_funcval.go:35:12: p does not escape
./escape_funcval.go:35:7: func literal does not escape
./escape_funcval.go:40:2: a escapes to heap:
./escape_funcval.go:40:2:   flow: {heap} = &a:
./escape_funcval.go:40:2:     from &a (address-of) at ./escape_funcval.go:42:5
./escape_funcval.go:40:2:     from fn(&a) (call parameter) at ./escape_funcval.go:42:4
./escape_funcval.go:40:2: moved to heap: a
./escape_funcval.go:50:2: a escapes to heap:
./escape_funcval.go:50:2:   flow: {heap} = &a:
./escape_funcval.go:50:2:     from &a (address-of) at ./escape_funcval.go:51:16
./escape_funcval.go:50:2:     from .autotmp_1(&a) (call parameter) at ./escape_funcval.go:51:15
./escape_funcval.go:50:2: moved to heap: a
./escape_funcval.go:54:20: xs does not escape
./escape_funcval.go:59:4: ... argument does not escape
./escape_funcval.go:60:14: []*int{...} does not escape
