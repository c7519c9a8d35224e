# command-line-arguments
./escape_param.go:10:15: p does not escape
./escape_param.go:14:12: parameter p leaks to {heap} with derefs=0:
./escape_param.go:14:12:   flow: {heap} = p:
./escape_param.go:14:12:     from gp = p (assign) at ./escape_param.go:15:5
./escape_param.go:14:12: leaking param: p
./escape_param.go:18:19: p does not escape
./escape_param.go:26:18: t does not escape
./escape_param.go:30:21: t does not escape
./escape_param.go:39:22: parameter t leaks to {heap} with derefs=0:
./escape_param.go:39:22:   flow: {heap} = t:
./escape_param.go:39:22:     from t.p (dot) at ./escape_param.go:40:8
./escape_param.go:39:22:     from gp = t.p (assign) at ./escape_param.go:40:5
./escape_param.go:39:22: leaking param: t
./escape_param.go:43:16: p does not escape
./escape_param.go:43:24: q does not escape
./escape_param.go:49:2: b escapes to heap:
./escape_param.go:49:2:   flow: {heap} = &b:
./escape_param.go:49:2:     from &b (address-of) at ./escape_param.go:53:8
./escape_param.go:49:2:     from store(&b) (call parameter) at ./escape_param.go:53:7
./escape_param.go:49:2: moved to heap: b
./escape_param.go:65:2: y escapes to heap:
./escape_param.go:65:2:   flow: p = &y:
./escape_param.go:65:2:     from &y (address-of) at ./escape_param.go:66:7
./escape_param.go:65:2:     from p := &y (assign) at ./escape_param.go:66:4
./escape_param.go:65:2:   flow: {heap} = p:
./escape_param.go:65:2:     from store(p) (call parameter) at ./escape_param.go:67:7
./escape_param.go:65:2: moved to heap: y
./escape_param.go:71:2: z escapes to heap:
./escape_param.go:71:2:   flow: t = &z:
./escape_param.go:71:2:     from &z (address-of) at ./escape_param.go:72:13
./escape_param.go:71:2:     from T2{...} (struct literal element) at ./escape_param.go:72:9
./escape_param.go:71:2:     from t := T2{...} (assign) at ./escape_param.go:72:4
./escape_param.go:71:2:   flow: {heap} = t:
./escape_param.go:71:2:     from structParamLeak(t) (call parameter) at ./escape_param.go:73:17
./escape_param.go:71:2: moved to heap: z
./escape_param.go:78:24: p does not escape
