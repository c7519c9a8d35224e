# command-line-arguments
./escape_string.go:11:18: a does not escape
./escape_string.go:11:21: b does not escape
./escape_string.go:12:9: a + b does not escape
./escape_string.go:17:11: a + b escapes to heap:
./escape_string.go:17:11:   flow: ~r0 = &{storage for a + b}:
./escape_string.go:17:11:     from a + b (spill) at ./escape_string.go:17:11
./escape_string.go:17:11:     from return a + b (return) at ./escape_string.go:17:2
./escape_string.go:16:21: a does not escape
./escape_string.go:16:24: b does not escape
./escape_string.go:17:11: a + b escapes to heap
./escape_string.go:21:11: a + "!" escapes to heap:
./escape_string.go:21:11:   flow: {heap} = &{storage for a + "!"}:
./escape_string.go:21:11:     from a + "!" (spill) at ./escape_string.go:21:11
./escape_string.go:21:11:     from gstr = a + "!" (assign) at ./escape_string.go:21:7
./escape_string.go:20:21: a does not escape
./escape_string.go:21:11: a + "!" escapes to heap
./escape_string.go:25:13: a + b + c escapes to heap:
./escape_string.go:25:13:   flow: s = &{storage for a + b + c}:
./escape_string.go:25:13:     from a + b + c (spill) at ./escape_string.go:25:13
./escape_string.go:25:13:     from s := a + b + c (assign) at ./escape_string.go:25:4
./escape_string.go:25:13:   flow: ~r0 = s:
./escape_string.go:25:13:     from return s (return) at ./escape_string.go:26:2
./escape_string.go:24:18: a does not escape
./escape_string.go:24:21: b does not escape
./escape_string.go:24:24: c does not escape
./escape_string.go:25:13: a + b + c escapes to heap
./escape_string.go:31:21: a does not escape
./escape_string.go:37:17: s does not escape
./escape_string.go:38:13: ([]byte)(s) does not escape
./escape_string.go:43:15: ([]byte)(s) escapes to heap:
./escape_string.go:43:15:   flow: ~r0 = &{storage for ([]byte)(s)}:
./escape_string.go:43:15:     from ([]byte)(s) (spill) at ./escape_string.go:43:15
./escape_string.go:43:15:     from return ([]byte)(s) (return) at ./escape_string.go:43:2
./escape_string.go:42:20: s does not escape
./escape_string.go:43:15: ([]byte)(s) escapes to heap
./escape_string.go:47:17: ([]byte)(s) escapes to heap:
./escape_string.go:47:17:   flow: {heap} = &{storage for ([]byte)(s)}:
./escape_string.go:47:17:     from ([]byte)(s) (spill) at ./escape_string.go:47:17
./escape_string.go:47:17:     from gbytes = ([]byte)(s) (assign) at ./escape_string.go:47:9
./escape_string.go:46:20: s does not escape
./escape_string.go:47:17: ([]byte)(s) escapes to heap
./escape_string.go:50:18: b does not escape
./escape_string.go:51:13: string(b) does not escape
./escape_string.go:56:15: string(b) escapes to heap:
./escape_string.go:56:15:   flow: ~r0 = &{storage for string(b)}:
./escape_string.go:56:15:     from string(b) (spill) at ./escape_string.go:56:15
./escape_string.go:56:15:     from return string(b) (return) at ./escape_string.go:56:2
./escape_string.go:55:21: b does not escape
./escape_string.go:56:15: string(b) escapes to heap
./escape_string.go:59:20: b does not escape
./escape_string.go:60:15: string(b) does not escape
./escape_string.go:64:13: ([]byte)("constant") does not escape
./escape_string.go:68:18: s does not escape
./escape_string.go:72:16: parameter s leaks to ~r0 with derefs=0:
./escape_string.go:72:16:   flow: ~r0 = s:
./escape_string.go:72:16:     from s[1:] (slice) at ./escape_string.go:73:10
./escape_string.go:72:16:     from return s[1:] (return) at ./escape_string.go:73:2
./escape_string.go:72:16: leaking param: s to result ~r0 level=0
./escape_string.go:77:15: string(rune(c)) escapes to heap:
./escape_string.go:77:15:   flow: ~r0 = &{storage for string(rune(c))}:
./escape_string.go:77:15:     from string(rune(c)) (spill) at ./escape_string.go:77:15
./escape_string.go:77:15:     from return string(rune(c)) (return) at ./escape_string.go:77:2
./escape_string.go:77:15: string(rune(c)) escapes to heap
