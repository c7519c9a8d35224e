# command-line-arguments
./escape_range.go:11:13: parameter s leaks to {heap} with derefs=1:
./escape_range.go:11:13:   flow: {temp} = s:
./escape_range.go:11:13:   flow: p = *{temp}:
./escape_range.go:11:13:     from for loop (range-deref) at ./escape_range.go:12:14
./escape_range.go:11:13:   flow: {heap} = p:
./escape_range.go:11:13:     from psink = p (assign) at ./escape_range.go:13:9
./escape_range.go:11:13: leaking param content: s
./escape_range.go:17:13: parameter a leaks to {heap} with derefs=0:
./escape_range.go:17:13:   flow: {temp} = a:
./escape_range.go:17:13:   flow: p = {temp}:
./escape_range.go:17:13:     from for loop (range) at ./escape_range.go:18:14
./escape_range.go:17:13:   flow: {heap} = p:
./escape_range.go:17:13:     from psink = p (assign) at ./escape_range.go:20:10
./escape_range.go:17:13: leaking param: a
./escape_range.go:25:15: parameter a leaks to {heap} with derefs=1:
./escape_range.go:25:15:   flow: {temp} = a:
./escape_range.go:25:15:   flow: p = *{temp}:
./escape_range.go:25:15:     from for loop (range-deref) at ./escape_range.go:26:14
./escape_range.go:25:15:   flow: {heap} = p:
./escape_range.go:25:15:     from psink = p (assign) at ./escape_range.go:27:9
./escape_range.go:25:15: leaking param content: a
./escape_range.go:33:3: k escapes to heap:
./escape_range.go:33:3:   flow: {heap} = &{storage for k}:
./escape_range.go:33:3:     from k (spill) at ./escape_range.go:33:3
./escape_range.go:33:3:     from sink = k (assign) at ./escape_range.go:33:8
./escape_range.go:31:11: parameter m leaks to {heap} with derefs=1:
./escape_range.go:31:11:   flow: {temp} = m:
./escape_range.go:31:11:   flow: v = *{temp}:
./escape_range.go:31:11:     from for loop (range-deref) at ./escape_range.go:32:14
./escape_range.go:31:11:   flow: {heap} = v:
./escape_range.go:31:11:     from psink = v (assign) at ./escape_range.go:34:9
./escape_range.go:31:11: leaking param content: m
./escape_range.go:33:3: k escapes to heap
./escape_range.go:38:18: parameter s leaks to ~r0 with derefs=1:
./escape_range.go:38:18:   flow: {temp} = s:
./escape_range.go:38:18:   flow: q = *{temp}:
./escape_range.go:38:18:     from for loop (range-deref) at ./escape_range.go:40:13
./escape_range.go:38:18:   flow: ~r0 = q:
./escape_range.go:38:18:     from return q (return) at ./escape_range.go:42:2
./escape_range.go:38:18: leaking param: s to result ~r0 level=1
./escape_range.go:46:5: y escapes to heap:
./escape_range.go:46:5:   flow: {storage for []*int{...}} = &y:
./escape_range.go:46:5:     from &y (address-of) at ./escape_range.go:47:31
./escape_range.go:46:5:     from []*int{...} (slice-literal-element) at ./escape_range.go:47:26
./escape_range.go:46:5:   flow: {temp} = &{storage for []*int{...}}:
./escape_range.go:46:5:     from []*int{...} (spill) at ./escape_range.go:47:26
./escape_range.go:46:5:   flow: p = *{temp}:
./escape_range.go:46:5:     from for loop (range-deref) at ./escape_range.go:47:14
./escape_range.go:46:5:   flow: {heap} = p:
./escape_range.go:46:5:     from psink = p (assign) at ./escape_range.go:48:9
./escape_range.go:46:2: x escapes to heap:
./escape_range.go:46:2:   flow: {storage for []*int{...}} = &x:
./escape_range.go:46:2:     from &x (address-of) at ./escape_range.go:47:27
./escape_range.go:46:2:     from []*int{...} (slice-literal-element) at ./escape_range.go:47:26
./escape_range.go:46:2:   flow: {temp} = &{storage for []*int{...}}:
./escape_range.go:46:2:     from []*int{...} (spill) at ./escape_range.go:47:26
./escape_range.go:46:2:   flow: p = *{temp}:
./escape_range.go:46:2:     from for loop (range-deref) at ./escape_range.go:47:14
./escape_range.go:46:2:   flow: {heap} = p:
./escape_range.go:46:2:     from psink = p (assign) at ./escape_range.go:48:9
./escape_range.go:46:2: moved to heap: x
./escape_range.go:46:5: moved to heap: y
./escape_range.go:47:26: []*int{...} does not escape
