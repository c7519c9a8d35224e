# command-line-arguments
./escape_map.go:14:11: make(map[string]int) escapes to heap:
./escape_map.go:14:11:   flow: m = &{storage for make(map[string]int)}:
./escape_map.go:14:11:     from make(map[string]int) (spill) at ./escape_map.go:14:11
./escape_map.go:14:11:     from m := make(map[string]int) (assign) at ./escape_map.go:14:4
./escape_map.go:14:11:   flow: ~r0 = m:
./escape_map.go:14:11:     from return m (return) at ./escape_map.go:16:2
./escape_map.go:14:11: make(map[string]int) escapes to heap
./escape_map.go:20:21: map[string]int{...} does not escape
./escape_map.go:24:30: parameter v leaks to {heap} with derefs=0:
./escape_map.go:24:30:   flow: {heap} = v:
./escape_map.go:24:30:     from m[k] = v (assign) at ./escape_map.go:26:7
./escape_map.go:24:20: parameter k leaks to {heap} with derefs=0:
./escape_map.go:24:20:   flow: {heap} = k:
./escape_map.go:24:20:     from m[k] (key of map put) at ./escape_map.go:26:3
./escape_map.go:24:20: leaking param: k
./escape_map.go:24:30: leaking param: v
./escape_map.go:25:11: make(map[string]*int) does not escape
./escape_map.go:29:18: parameter k leaks to {heap} with derefs=0:
./escape_map.go:29:18:   flow: {heap} = k:
./escape_map.go:29:18:     from m[k] (key of map put) at ./escape_map.go:31:3
./escape_map.go:29:18: leaking param: k
./escape_map.go:30:11: make(map[*string]int, 10) does not escape
./escape_map.go:37:15: m does not escape
./escape_map.go:44:27: &P{...} escapes to heap:
./escape_map.go:44:27:   flow: {heap} = &{storage for &P{...}}:
./escape_map.go:44:27:     from &P{...} (spill) at ./escape_map.go:44:27
./escape_map.go:44:27:     from map[string]*P{...} (map literal value) at ./escape_map.go:44:21
./escape_map.go:44:21: map[string]*P{...} escapes to heap:
./escape_map.go:44:21:   flow: m3 = &{storage for map[string]*P{...}}:
./escape_map.go:44:21:     from map[string]*P{...} (spill) at ./escape_map.go:44:21
./escape_map.go:44:21:     from m3 := map[string]*P{...} (assign) at ./escape_map.go:44:5
./escape_map.go:44:21:   flow: {heap} = m3:
./escape_map.go:44:21:     from m3 (interface-converted) at ./escape_map.go:47:2
./escape_map.go:44:21:     from sink = m3 (assign) at ./escape_map.go:47:7
./escape_map.go:43:20: map[string]P{...} escapes to heap:
./escape_map.go:43:20:   flow: m2 = &{storage for map[string]P{...}}:
./escape_map.go:43:20:     from map[string]P{...} (spill) at ./escape_map.go:43:20
./escape_map.go:43:20:     from m2 := map[string]P{...} (assign) at ./escape_map.go:43:5
./escape_map.go:43:20:   flow: {heap} = m2:
./escape_map.go:43:20:     from m2 (interface-converted) at ./escape_map.go:46:2
./escape_map.go:43:20:     from sink = m2 (assign) at ./escape_map.go:46:7
./escape_map.go:42:19: map[P]string{...} escapes to heap:
./escape_map.go:42:19:   flow: m = &{storage for map[P]string{...}}:
./escape_map.go:42:19:     from map[P]string{...} (spill) at ./escape_map.go:42:19
./escape_map.go:42:19:     from m := map[P]string{...} (assign) at ./escape_map.go:42:4
./escape_map.go:42:19:   flow: {heap} = m:
./escape_map.go:42:19:     from m (interface-converted) at ./escape_map.go:45:2
./escape_map.go:42:19:     from sink = m (assign) at ./escape_map.go:45:7
./escape_map.go:42:19: map[P]string{...} escapes to heap
./escape_map.go:43:20: map[string]P{...} escapes to heap
./escape_map.go:44:21: map[string]*P{...} escapes to heap
./escape_map.go:44:27: &P{...} escapes to heap
./escape_map.go:52:19: []string{...} escapes to heap:
./escape_map.go:52:19:   flow: {heap} = &{storage for []string{...}}:
./escape_map.go:52:19:     from []string{...} (spill) at ./escape_map.go:52:19
./escape_map.go:52:19:     from m["y"] = []string{...} (assign) at ./escape_map.go:52:9
./escape_map.go:50:41: parameter s leaks to {heap} with derefs=0:
./escape_map.go:50:41:   flow: {heap} = s:
./escape_map.go:50:41:     from m["x"] = s (assign) at ./escape_map.go:51:9
./escape_map.go:50:18: m does not escape
./escape_map.go:50:41: leaking param: s
./escape_map.go:52:19: []string{...} escapes to heap
./escape_map.go:55:17: parameter m leaks to ~r0 with derefs=1:
./escape_map.go:55:17:   flow: {temp} = m:
./escape_map.go:55:17:   flow: v = *{temp}:
./escape_map.go:55:17:     from for loop (range-deref) at ./escape_map.go:56:14
./escape_map.go:55:17:   flow: ~r0 = v:
./escape_map.go:55:17:     from return v (return) at ./escape_map.go:57:3
./escape_map.go:55:17: leaking param: m to result ~r0 level=1
./escape_map.go:62:15: m does not escape
./escape_map.go:70:11: make(map[string]int) escapes to heap:
./escape_map.go:70:11:   flow: m = &{storage for make(map[string]int)}:
./escape_map.go:70:11:     from make(map[string]int) (spill) at ./escape_map.go:70:11
./escape_map.go:70:11:     from m := make(map[string]int) (assign) at ./escape_map.go:70:4
./escape_map.go:70:11:   flow: {heap} = m:
./escape_map.go:70:11:     from m (interface-converted) at ./escape_map.go:73:2
./escape_map.go:70:11:     from sink = m (assign) at ./escape_map.go:73:7
./escape_map.go:70:11: make(map[string]int) escapes to heap
./escape_map.go:79:12: make(map[int]int) does not escape
./escape_map.go:89:2: x escapes to heap:
./escape_map.go:89:2:   flow: {heap} = &x:
./escape_map.go:89:2:     from &x (address-of) at ./escape_map.go:90:16
./escape_map.go:89:2:     from global["x"] = &x (assign) at ./escape_map.go:90:14
./escape_map.go:89:2: moved to heap: x
./escape_map.go:95:2: x escapes to heap:
./escape_map.go:95:2:   flow: {heap} = &x:
./escape_map.go:95:2:     from &x (address-of) at ./escape_map.go:96:9
./escape_map.go:95:2:     from m[0] = &x (assign) at ./escape_map.go:96:7
./escape_map.go:95:2: moved to heap: x
./escape_map.go:94:19: map[int]*int{} does not escape
./escape_map.go:100:14: map[P]P{} does not escape
./escape_map.go:106:40: map[string]int{...} escapes to heap:
./escape_map.go:106:40:   flow: {heap} = &{storage for map[string]int{...}}:
./escape_map.go:106:40:     from map[string]int{...} (spill) at ./escape_map.go:106:40
./escape_map.go:106:40:     from map[string]map[string]int{...} (map literal value) at ./escape_map.go:106:34
./escape_map.go:106:34: map[string]map[string]int{...} escapes to heap:
./escape_map.go:106:34:   flow: ~r0 = &{storage for map[string]map[string]int{...}}:
./escape_map.go:106:34:     from map[string]map[string]int{...} (spill) at ./escape_map.go:106:34
./escape_map.go:106:34:     from return map[string]map[string]int{...} (return) at ./escape_map.go:106:2
./escape_map.go:106:34: map[string]map[string]int{...} escapes to heap
./escape_map.go:106:40: map[string]int{...} escapes to heap
./escape_map.go:109:37: parameter p leaks to {heap} with derefs=0:
./escape_map.go:109:37:   flow: {heap} = p:
./escape_map.go:109:37:     from m["p"] = p (assign) at ./escape_map.go:110:9
./escape_map.go:109:20: m does not escape
./escape_map.go:109:37: leaking param: p
./escape_map.go:113:22: m does not escape
