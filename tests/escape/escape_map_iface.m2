# command-line-arguments
./escape_map_iface.go:20:5: y escapes to heap:
./escape_map_iface.go:20:5:   flow: {heap} = &{storage for y}:
./escape_map_iface.go:20:5:     from y (spill) at ./escape_map_iface.go:20:5
./escape_map_iface.go:20:5:     from m3[s] = y (assign) at ./escape_map_iface.go:20:8
./escape_map_iface.go:21:6: s + s escapes to heap:
./escape_map_iface.go:21:6:   flow: {heap} = &{storage for s + s}:
./escape_map_iface.go:21:6:     from s + s (spill) at ./escape_map_iface.go:21:6
./escape_map_iface.go:21:6:     from m[s + s] (key of map put) at ./escape_map_iface.go:21:3
./escape_map_iface.go:21:5: s + s escapes to heap:
./escape_map_iface.go:21:5:   flow: {storage for s + s} = &{storage for s + s}:
./escape_map_iface.go:21:5:     from s + s (spill) at ./escape_map_iface.go:21:5
./escape_map_iface.go:21:5:     from s + s (interface-converted) at ./escape_map_iface.go:21:6
./escape_map_iface.go:21:6: 1 escapes to heap:
./escape_map_iface.go:21:6:   flow: {heap} = &{storage for 1}:
./escape_map_iface.go:21:6:     from 1 (spill) at ./escape_map_iface.go:21:6
./escape_map_iface.go:21:6:     from m[s + s] = 1 (assign) at ./escape_map_iface.go:21:9
./escape_map_iface.go:22:6: y escapes to heap:
./escape_map_iface.go:22:6:   flow: {heap} = &{storage for y}:
./escape_map_iface.go:22:6:     from y (spill) at ./escape_map_iface.go:22:6
./escape_map_iface.go:22:6:     from t.m[y] (key of map put) at ./escape_map_iface.go:22:5
./escape_map_iface.go:22:6: 2 escapes to heap:
./escape_map_iface.go:22:6:   flow: {heap} = &{storage for 2}:
./escape_map_iface.go:22:6:     from 2 (spill) at ./escape_map_iface.go:22:6
./escape_map_iface.go:22:6:     from t.m[y] = 2 (assign) at ./escape_map_iface.go:22:9
./escape_map_iface.go:23:8: len(s) escapes to heap:
./escape_map_iface.go:23:8:   flow: {heap} = &{storage for len(s)}:
./escape_map_iface.go:23:8:     from len(s) (spill) at ./escape_map_iface.go:23:8
./escape_map_iface.go:23:8:     from m[len(s)] (key of map put) at ./escape_map_iface.go:23:3
./escape_map_iface.go:23:8: y escapes to heap:
./escape_map_iface.go:23:8:   flow: {heap} = &{storage for y}:
./escape_map_iface.go:23:8:     from y (spill) at ./escape_map_iface.go:23:8
./escape_map_iface.go:23:8:     from m[len(s)] = y (assign) at ./escape_map_iface.go:23:12
./escape_map_iface.go:26:4: y escapes to heap:
./escape_map_iface.go:26:4:   flow: {heap} = &{storage for y}:
./escape_map_iface.go:26:4:     from y (spill) at ./escape_map_iface.go:26:4
./escape_map_iface.go:26:4:     from m[y] (key of map put) at ./escape_map_iface.go:26:3
./escape_map_iface.go:26:4: y escapes to heap:
./escape_map_iface.go:26:4:   flow: {heap} = &{storage for y}:
./escape_map_iface.go:26:4:     from y (spill) at ./escape_map_iface.go:26:4
./escape_map_iface.go:26:4:     from m[y] = y (assign) at ./escape_map_iface.go:26:7
./escape_map_iface.go:27:4: s + "a" escapes to heap:
./escape_map_iface.go:27:4:   flow: {heap} = &{storage for s + "a"}:
./escape_map_iface.go:27:4:     from s + "a" (spill) at ./escape_map_iface.go:27:4
./escape_map_iface.go:27:4:     from m[s + "a"] (key of map put) at ./escape_map_iface.go:27:3
./escape_map_iface.go:27:5: s + "a" escapes to heap:
./escape_map_iface.go:27:5:   flow: {storage for s + "a"} = &{storage for s + "a"}:
./escape_map_iface.go:27:5:     from s + "a" (spill) at ./escape_map_iface.go:27:5
./escape_map_iface.go:27:5:     from s + "a" (interface-converted) at ./escape_map_iface.go:27:4
./escape_map_iface.go:27:4: s escapes to heap:
./escape_map_iface.go:27:4:   flow: {heap} = &{storage for s}:
./escape_map_iface.go:27:4:     from s (spill) at ./escape_map_iface.go:27:4
./escape_map_iface.go:27:4:     from m[s + "a"] = s (assign) at ./escape_map_iface.go:27:11
./escape_map_iface.go:28:5: g() escapes to heap:
./escape_map_iface.go:28:5:   flow: {heap} = &{storage for g()}:
./escape_map_iface.go:28:5:     from g() (spill) at ./escape_map_iface.go:28:5
./escape_map_iface.go:28:5:     from m[g()] (key of map put) at ./escape_map_iface.go:28:3
./escape_map_iface.go:28:5: g() escapes to heap:
./escape_map_iface.go:28:5:   flow: {heap} = &{storage for g()}:
./escape_map_iface.go:28:5:     from g() (spill) at ./escape_map_iface.go:28:5
./escape_map_iface.go:28:5:     from m[g()] = g() (assign) at ./escape_map_iface.go:28:9
./escape_map_iface.go:33:37: y escapes to heap:
./escape_map_iface.go:33:37:   flow: {heap} = &{storage for y}:
./escape_map_iface.go:33:37:     from y (spill) at ./escape_map_iface.go:33:37
./escape_map_iface.go:33:37:     from map[interface {}]interface {}{...} (map literal key) at ./escape_map_iface.go:33:35
./escape_map_iface.go:33:37: y escapes to heap:
./escape_map_iface.go:33:37:   flow: {heap} = &{storage for y}:
./escape_map_iface.go:33:37:     from y (spill) at ./escape_map_iface.go:33:37
./escape_map_iface.go:33:37:     from map[interface {}]interface {}{...} (map literal value) at ./escape_map_iface.go:33:35
./escape_map_iface.go:33:45: "a" escapes to heap:
./escape_map_iface.go:33:45:   flow: {heap} = &{storage for "a"}:
./escape_map_iface.go:33:45:     from "a" (spill) at ./escape_map_iface.go:33:45
./escape_map_iface.go:33:45:     from map[interface {}]interface {}{...} (map literal key) at ./escape_map_iface.go:33:35
./escape_map_iface.go:33:45: 1 escapes to heap:
./escape_map_iface.go:33:45:   flow: {heap} = &{storage for 1}:
./escape_map_iface.go:33:45:     from 1 (spill) at ./escape_map_iface.go:33:45
./escape_map_iface.go:33:45:     from map[interface {}]interface {}{...} (map literal value) at ./escape_map_iface.go:33:35
./escape_map_iface.go:33:51: s escapes to heap:
./escape_map_iface.go:33:51:   flow: {heap} = &{storage for s}:
./escape_map_iface.go:33:51:     from s (spill) at ./escape_map_iface.go:33:51
./escape_map_iface.go:33:51:     from map[interface {}]interface {}{...} (map literal key) at ./escape_map_iface.go:33:35
./escape_map_iface.go:33:51: 2.5 escapes to heap:
./escape_map_iface.go:33:51:   flow: {heap} = &{storage for 2.5}:
./escape_map_iface.go:33:51:     from 2.5 (spill) at ./escape_map_iface.go:33:51
./escape_map_iface.go:33:51:     from map[interface {}]interface {}{...} (map literal value) at ./escape_map_iface.go:33:35
./escape_map_iface.go:35:34: y escapes to heap:
./escape_map_iface.go:35:34:   flow: {heap} = &{storage for y}:
./escape_map_iface.go:35:34:     from y (spill) at ./escape_map_iface.go:35:34
./escape_map_iface.go:35:34:     from map[string]interface {}{...} (map literal value) at ./escape_map_iface.go:35:30
./escape_map_iface.go:36:2: y escapes to heap:
./escape_map_iface.go:36:2:   flow: {heap} = &{storage for y}:
./escape_map_iface.go:36:2:     from y (spill) at ./escape_map_iface.go:36:2
./escape_map_iface.go:36:2:     from m4["b"] = y (assign) at ./escape_map_iface.go:36:10
./escape_map_iface.go:37:2: g() escapes to heap:
./escape_map_iface.go:37:2:   flow: {heap} = &{storage for g()}:
./escape_map_iface.go:37:2:     from g() (spill) at ./escape_map_iface.go:37:2
./escape_map_iface.go:37:2:     from m4["c"] = g() (assign) at ./escape_map_iface.go:37:10
./escape_map_iface.go:15:16: parameter s leaks to {heap} with derefs=0:
./escape_map_iface.go:15:16:   flow: {heap} = s:
./escape_map_iface.go:15:16:     from m3[s] (key of map put) at ./escape_map_iface.go:20:4
./escape_map_iface.go:15:16: parameter s leaks to {storage for s} with derefs=0:
./escape_map_iface.go:15:16:   flow: {storage for s} = s:
./escape_map_iface.go:15:16:     from s (interface-converted) at ./escape_map_iface.go:33:51
./escape_map_iface.go:15:16: parameter s leaks to {storage for s} with derefs=0:
./escape_map_iface.go:15:16:   flow: {storage for s} = s:
./escape_map_iface.go:15:16:     from s (interface-converted) at ./escape_map_iface.go:27:4
./escape_map_iface.go:15:16: leaking param: s
./escape_map_iface.go:15:33: t does not escape
./escape_map_iface.go:16:11: make(map[interface {}]interface {}) does not escape
./escape_map_iface.go:17:6: 1 does not escape
./escape_map_iface.go:18:9: "a" does not escape
./escape_map_iface.go:19:30: map[string]interface {}{} does not escape
./escape_map_iface.go:20:5: y escapes to heap
./escape_map_iface.go:21:6: s + s escapes to heap
./escape_map_iface.go:21:5: s + s escapes to heap
./escape_map_iface.go:21:6: 1 escapes to heap
./escape_map_iface.go:22:6: y escapes to heap
./escape_map_iface.go:22:6: 2 escapes to heap
./escape_map_iface.go:23:8: len(s) escapes to heap
./escape_map_iface.go:23:8: y escapes to heap
./escape_map_iface.go:24:11: 3 does not escape
./escape_map_iface.go:26:4: y escapes to heap
./escape_map_iface.go:26:4: y escapes to heap
./escape_map_iface.go:27:4: s + "a" escapes to heap
./escape_map_iface.go:27:5: s + "a" escapes to heap
./escape_map_iface.go:27:4: s escapes to heap
./escape_map_iface.go:28:5: g() escapes to heap
./escape_map_iface.go:28:5: g() escapes to heap
./escape_map_iface.go:29:9: y does not escape
./escape_map_iface.go:30:15: s does not escape
./escape_map_iface.go:32:12: y does not escape
./escape_map_iface.go:33:35: map[interface {}]interface {}{...} does not escape
./escape_map_iface.go:33:37: y escapes to heap
./escape_map_iface.go:33:37: y escapes to heap
./escape_map_iface.go:33:45: "a" escapes to heap
./escape_map_iface.go:33:45: 1 escapes to heap
./escape_map_iface.go:33:51: s escapes to heap
./escape_map_iface.go:33:51: 2.5 escapes to heap
./escape_map_iface.go:35:30: map[string]interface {}{...} does not escape
./escape_map_iface.go:35:34: y escapes to heap
./escape_map_iface.go:36:2: y escapes to heap
./escape_map_iface.go:37:2: g() escapes to heap
./escape_map_iface.go:43:4: x escapes to heap:
./escape_map_iface.go:43:4:   flow: {heap} = &{storage for x}:
./escape_map_iface.go:43:4:     from x (spill) at ./escape_map_iface.go:43:4
./escape_map_iface.go:43:4:     from m[x] (key of map put) at ./escape_map_iface.go:43:3
./escape_map_iface.go:42:2: x escapes to heap:
./escape_map_iface.go:42:2:   flow: {heap} = &x:
./escape_map_iface.go:42:2:     from &x (address-of) at ./escape_map_iface.go:43:9
./escape_map_iface.go:42:2:     from &x (interface-converted) at ./escape_map_iface.go:43:4
./escape_map_iface.go:42:2:     from m[x] = &x (assign) at ./escape_map_iface.go:43:7
./escape_map_iface.go:42:2: moved to heap: x
./escape_map_iface.go:41:11: make(map[interface {}]interface {}) does not escape
./escape_map_iface.go:43:4: x escapes to heap
./escape_map_iface.go:51:2: "Kyden's Blog" escapes to heap:
./escape_map_iface.go:51:2:   flow: {heap} = &{storage for "Kyden's Blog"}:
./escape_map_iface.go:51:2:     from "Kyden's Blog" (spill) at ./escape_map_iface.go:51:2
./escape_map_iface.go:51:2:     from dat["BlogName"] = "Kyden's Blog" (assign) at ./escape_map_iface.go:51:18
./escape_map_iface.go:50:13: make(map[string]interface {}) does not escape
./escape_map_iface.go:51:2: "Kyden's Blog" escapes to heap
./escape_map_iface.go:57:2: "BlogName" escapes to heap:
./escape_map_iface.go:57:2:   flow: {heap} = &{storage for "BlogName"}:
./escape_map_iface.go:57:2:     from "BlogName" (spill) at ./escape_map_iface.go:57:2
./escape_map_iface.go:57:2:     from dat["BlogName"] (key of map put) at ./escape_map_iface.go:57:5
./escape_map_iface.go:57:2: "Kyden's Blog" escapes to heap:
./escape_map_iface.go:57:2:   flow: {heap} = &{storage for "Kyden's Blog"}:
./escape_map_iface.go:57:2:     from "Kyden's Blog" (spill) at ./escape_map_iface.go:57:2
./escape_map_iface.go:57:2:     from dat["BlogName"] = "Kyden's Blog" (assign) at ./escape_map_iface.go:57:18
./escape_map_iface.go:56:13: make(map[interface {}]interface {}) does not escape
./escape_map_iface.go:57:2: "BlogName" escapes to heap
./escape_map_iface.go:57:2: "Kyden's Blog" escapes to heap
./escape_map_iface.go:58:9: "BlogName" does not escape
