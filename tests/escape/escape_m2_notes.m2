# command-line-arguments
./escape_m2_notes.go:16:7: parameter t leaks to {heap} with derefs=0:
./escape_m2_notes.go:16:7:   flow: {heap} = t:
./escape_m2_notes.go:16:7:     from sinkT = t (assign) at ./escape_m2_notes.go:16:28
./escape_m2_notes.go:16:7: leaking param: t
./escape_m2_notes.go:21:6: t escapes to heap:
./escape_m2_notes.go:21:6:   flow: {heap} = &t:
./escape_m2_notes.go:21:6:     from t (address-of) at ./escape_m2_notes.go:22:3
./escape_m2_notes.go:21:6:     from (*T).Keep(t) (call parameter) at ./escape_m2_notes.go:22:8
./escape_m2_notes.go:23:6: o escapes to heap:
./escape_m2_notes.go:23:6:   flow: {heap} = &o:
./escape_m2_notes.go:23:6:     from o.t (dot) at ./escape_m2_notes.go:24:3
./escape_m2_notes.go:23:6:     from o.t (address-of) at ./escape_m2_notes.go:24:5
./escape_m2_notes.go:23:6:     from (*T).Keep(o.t) (call parameter) at ./escape_m2_notes.go:24:10
./escape_m2_notes.go:21:6: moved to heap: t
./escape_m2_notes.go:23:6: moved to heap: o
./escape_m2_notes.go:29:14: parameter z leaks to ~r0 with derefs=0:
./escape_m2_notes.go:29:14:   flow: e = z:
./escape_m2_notes.go:29:14:     from z.(S) (dot) at ./escape_m2_notes.go:30:12
./escape_m2_notes.go:29:14:     from e, ok := z.(S) (assign-pair-dot-type) at ./escape_m2_notes.go:30:8
./escape_m2_notes.go:29:14:   flow: ~r0 = e:
./escape_m2_notes.go:29:14:     from e (interface-converted) at ./escape_m2_notes.go:32:10
./escape_m2_notes.go:29:14:     from return e (return) at ./escape_m2_notes.go:32:3
./escape_m2_notes.go:29:14: leaking param: z to result ~r0 level=0
./escape_m2_notes.go:37:20: parameter z leaks to {heap} with derefs=0:
./escape_m2_notes.go:37:20:   flow: e = z:
./escape_m2_notes.go:37:20:     from z.(*int) (dot) at ./escape_m2_notes.go:40:11
./escape_m2_notes.go:37:20:     from e, ok = z.(*int) (assign-pair-dot-type) at ./escape_m2_notes.go:40:8
./escape_m2_notes.go:37:20:   flow: {heap} = e:
./escape_m2_notes.go:37:20:     from sink = e (assign) at ./escape_m2_notes.go:42:7
./escape_m2_notes.go:37:20: leaking param: z
./escape_m2_notes.go:45:11: m does not escape
./escape_m2_notes.go:53:14: ch does not escape
./escape_m2_notes.go:62:2: x escapes to heap:
./escape_m2_notes.go:62:2:   flow: {heap} = &x:
./escape_m2_notes.go:62:2:     from &x (address-of) at ./escape_m2_notes.go:66:16
./escape_m2_notes.go:62:2:     from &x (interface-converted) at ./escape_m2_notes.go:66:16
./escape_m2_notes.go:62:2:     from dotTypeAssign(&x) (call parameter) at ./escape_m2_notes.go:66:15
./escape_m2_notes.go:62:2: moved to heap: x
