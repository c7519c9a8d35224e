# command-line-arguments
./escape_append.go:10:2: x escapes to heap:
./escape_append.go:10:2:   flow: {heap} = &x:
./escape_append.go:10:2:     from &x (address-of) at ./escape_append.go:11:19
./escape_append.go:10:2:     from append(s, &x) (call parameter) at ./escape_append.go:11:15
./escape_append.go:9:16: parameter s leaks to {heap} with derefs=1:
./escape_append.go:9:16:   flow: {temp} = s:
./escape_append.go:9:16:     from append(s, &x) (call parameter) at ./escape_append.go:11:15
./escape_append.go:9:16:   flow: {heap} = *{temp}:
./escape_append.go:9:16:     from append(s, &x) (appendee slice) at ./escape_append.go:11:15
./escape_append.go:9:16: parameter s leaks to ~r0 with derefs=0:
./escape_append.go:9:16:   flow: {temp} = s:
./escape_append.go:9:16:     from append(s, &x) (call parameter) at ./escape_append.go:11:15
./escape_append.go:9:16:   flow: ~r0 = {temp}:
./escape_append.go:9:16:     from return append(s, &x) (return) at ./escape_append.go:11:2
./escape_append.go:9:16: leaking param content: s
./escape_append.go:9:16: leaking param: s to result ~r0 level=0
./escape_append.go:10:2: moved to heap: x
./escape_append.go:15:2: y escapes to heap:
./escape_append.go:15:2:   flow: {heap} = &y:
./escape_append.go:15:2:     from &y (address-of) at ./escape_append.go:17:16
./escape_append.go:15:2:     from append(s, &y) (call parameter) at ./escape_append.go:17:12
./escape_append.go:15:2: moved to heap: y
./escape_append.go:21:17: parameter s leaks to ~r0 with derefs=0:
./escape_append.go:21:17:   flow: ~r0 = s:
./escape_append.go:21:17:     from append(s, v) (call parameter) at ./escape_append.go:22:15
./escape_append.go:21:17:     from return append(s, v) (return) at ./escape_append.go:22:2
./escape_append.go:21:17: leaking param: s to result ~r0 level=0
./escape_append.go:26:11: make([]int, 0, 4) does not escape
./escape_append.go:31:22: parameter t leaks to {heap} with derefs=1:
./escape_append.go:31:22:   flow: {heap} = *t:
./escape_append.go:31:22:     from append(s, t...) (call parameter) at ./escape_append.go:32:15
./escape_append.go:31:22:     from append(s, t...) (appended slice...) at ./escape_append.go:32:15
./escape_append.go:31:19: parameter s leaks to {heap} with derefs=1:
./escape_append.go:31:19:   flow: {temp} = s:
./escape_append.go:31:19:     from append(s, t...) (call parameter) at ./escape_append.go:32:15
./escape_append.go:31:19:   flow: {heap} = *{temp}:
./escape_append.go:31:19:     from append(s, t...) (appendee slice) at ./escape_append.go:32:15
./escape_append.go:31:19: parameter s leaks to ~r0 with derefs=0:
./escape_append.go:31:19:   flow: {temp} = s:
./escape_append.go:31:19:     from append(s, t...) (call parameter) at ./escape_append.go:32:15
./escape_append.go:31:19:   flow: ~r0 = {temp}:
./escape_append.go:31:19:     from return append(s, t...) (return) at ./escape_append.go:32:2
./escape_append.go:31:19: leaking param content: s
./escape_append.go:31:19: leaking param: s to result ~r0 level=0
./escape_append.go:31:22: leaking param content: t
./escape_append.go:35:23: parameter s leaks to ~r0 with derefs=0:
./escape_append.go:35:23:   flow: ~r0 = s:
./escape_append.go:35:23:     from append(s, t...) (call parameter) at ./escape_append.go:36:15
./escape_append.go:35:23:     from return append(s, t...) (return) at ./escape_append.go:36:2
./escape_append.go:35:23: leaking param: s to result ~r0 level=0
./escape_append.go:35:26: t does not escape
./escape_append.go:39:31: parameter p leaks to {heap} with derefs=0:
./escape_append.go:39:31:   flow: {heap} = p:
./escape_append.go:39:31:     from append(s, p) (call parameter) at ./escape_append.go:40:15
./escape_append.go:39:21: parameter s leaks to {heap} with derefs=1:
./escape_append.go:39:21:   flow: {temp} = s:
./escape_append.go:39:21:     from append(s, p) (call parameter) at ./escape_append.go:40:15
./escape_append.go:39:21:   flow: {heap} = *{temp}:
./escape_append.go:39:21:     from append(s, p) (appendee slice) at ./escape_append.go:40:15
./escape_append.go:39:21: parameter s leaks to ~r0 with derefs=0:
./escape_append.go:39:21:   flow: {temp} = s:
./escape_append.go:39:21:     from append(s, p) (call parameter) at ./escape_append.go:40:15
./escape_append.go:39:21:   flow: ~r0 = {temp}:
./escape_append.go:39:21:     from return append(s, p) (return) at ./escape_append.go:40:2
./escape_append.go:39:21: leaking param content: s
./escape_append.go:39:21: leaking param: s to result ~r0 level=0
./escape_append.go:39:31: leaking param: p
./escape_append.go:43:30: parameter p leaks to {heap} with derefs=0:
./escape_append.go:43:30:   flow: {heap} = p:
./escape_append.go:43:30:     from append(s, p) (call parameter) at ./escape_append.go:44:12
./escape_append.go:43:20: parameter s leaks to {heap} with derefs=1:
./escape_append.go:43:20:   flow: {temp} = s:
./escape_append.go:43:20:     from append(s, p) (call parameter) at ./escape_append.go:44:12
./escape_append.go:43:20:   flow: {heap} = *{temp}:
./escape_append.go:43:20:     from append(s, p) (appendee slice) at ./escape_append.go:44:12
./escape_append.go:43:20: leaking param content: s
./escape_append.go:43:30: leaking param: p
./escape_append.go:49:11: make([]int, 0, n) escapes to heap:
./escape_append.go:49:11:   flow: {heap} = &{storage for make([]int, 0, n)}:
./escape_append.go:49:11:     from make([]int, 0, n) (non-constant size) at ./escape_append.go:49:11
./escape_append.go:49:11: make([]int, 0, n) escapes to heap
./escape_append.go:56:32: parameter t leaks to {heap} with derefs=0:
./escape_append.go:56:32:   flow: {heap} = t:
./escape_append.go:56:32:     from append(s, t) (call parameter) at ./escape_append.go:57:15
./escape_append.go:56:20: parameter s leaks to {heap} with derefs=1:
./escape_append.go:56:20:   flow: {temp} = s:
./escape_append.go:56:20:     from append(s, t) (call parameter) at ./escape_append.go:57:15
./escape_append.go:56:20:   flow: {heap} = *{temp}:
./escape_append.go:56:20:     from append(s, t) (appendee slice) at ./escape_append.go:57:15
./escape_append.go:56:20: parameter s leaks to ~r0 with derefs=0:
./escape_append.go:56:20:   flow: {temp} = s:
./escape_append.go:56:20:     from append(s, t) (call parameter) at ./escape_append.go:57:15
./escape_append.go:56:20:   flow: ~r0 = {temp}:
./escape_append.go:56:20:     from return append(s, t) (return) at ./escape_append.go:57:2
./escape_append.go:56:20: leaking param content: s
./escape_append.go:56:20: leaking param: s to result ~r0 level=0
./escape_append.go:56:32: leaking param: t
./escape_append.go:60:24: parameter b leaks to ~r0 with derefs=0:
./escape_append.go:60:24:   flow: ~r0 = b:
./escape_append.go:60:24:     from append(b, s...) (call parameter) at ./escape_append.go:61:15
./escape_append.go:60:24:     from return append(b, s...) (return) at ./escape_append.go:61:2
./escape_append.go:60:24: leaking param: b to result ~r0 level=0
./escape_append.go:60:34: s does not escape
