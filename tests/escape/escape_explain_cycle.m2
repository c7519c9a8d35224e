# command-line-arguments
./escape_explain_cycle.go:15:2: copyOf escapes to heap:
./escape_explain_cycle.go:15:2:   flow: {heap} = &copyOf:
./escape_explain_cycle.go:15:2:     from &copyOf (address-of) at ./escape_explain_cycle.go:16:9
./escape_explain_cycle.go:15:2:     from head = &copyOf (assign) at ./escape_explain_cycle.go:16:7
./escape_explain_cycle.go:13:6: r escapes to heap:
./escape_explain_cycle.go:13:6:   flow: r = &r:
./escape_explain_cycle.go:13:6:     from &r (address-of) at ./escape_explain_cycle.go:14:11
./escape_explain_cycle.go:13:6:     from r.next = &r (assign) at ./escape_explain_cycle.go:14:9
./escape_explain_cycle.go:13:6:   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518
./escape_explain_cycle.go:13:6: moved to heap: r
./escape_explain_cycle.go:15:2: moved to heap: copyOf
./escape_explain_cycle.go:20:6: a escapes to heap:
./escape_explain_cycle.go:20:6:   flow: {heap} = &a:
./escape_explain_cycle.go:20:6:     from &a (address-of) at ./escape_explain_cycle.go:23:9
./escape_explain_cycle.go:20:6:     from head = &a (assign) at ./escape_explain_cycle.go:23:7
./escape_explain_cycle.go:20:9: b escapes to heap:
./escape_explain_cycle.go:20:9:   flow: a = &b:
./escape_explain_cycle.go:20:9:     from &b (address-of) at ./escape_explain_cycle.go:21:11
./escape_explain_cycle.go:20:9:     from a.next = &b (assign) at ./escape_explain_cycle.go:21:9
./escape_explain_cycle.go:20:6: moved to heap: a
./escape_explain_cycle.go:20:9: moved to heap: b
