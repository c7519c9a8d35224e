# command-line-arguments
./escape_panic.go:13:9: n escapes to heap:
./escape_panic.go:13:9:   flow: {heap} = &{storage for n}:
./escape_panic.go:13:9:     from n (spill) at ./escape_panic.go:13:9
./escape_panic.go:13:9:     from panic(n) (call parameter) at ./escape_panic.go:13:8
./escape_panic.go:13:9: n escapes to heap
./escape_panic.go:18:7: "boom" escapes to heap:
./escape_panic.go:18:7:   flow: {heap} = &{storage for "boom"}:
./escape_panic.go:18:7:     from "boom" (spill) at ./escape_panic.go:18:7
./escape_panic.go:18:7:     from panic("boom") (call parameter) at ./escape_panic.go:18:7
./escape_panic.go:18:7: "boom" escapes to heap
./escape_panic.go:22:7: &Err{...} escapes to heap:
./escape_panic.go:22:7:   flow: e = &{storage for &Err{...}}:
./escape_panic.go:22:7:     from &Err{...} (spill) at ./escape_panic.go:22:7
./escape_panic.go:22:7:     from e := &Err{...} (assign) at ./escape_panic.go:22:4
./escape_panic.go:22:7:   flow: {heap} = e:
./escape_panic.go:22:7:     from e (interface-converted) at ./escape_panic.go:23:8
./escape_panic.go:22:7:     from panic(e) (call parameter) at ./escape_panic.go:23:7
./escape_panic.go:22:7: &Err{...} escapes to heap
./escape_panic.go:28:8: e escapes to heap:
./escape_panic.go:28:8:   flow: {heap} = &{storage for e}:
./escape_panic.go:28:8:     from e (spill) at ./escape_panic.go:28:8
./escape_panic.go:28:8:     from panic(e) (call parameter) at ./escape_panic.go:28:7
./escape_panic.go:28:8: e escapes to heap
./escape_panic.go:32:2: x escapes to heap:
./escape_panic.go:32:2:   flow: {heap} = &x:
./escape_panic.go:32:2:     from &x (address-of) at ./escape_panic.go:33:8
./escape_panic.go:32:2:     from &x (interface-converted) at ./escape_panic.go:33:9
./escape_panic.go:32:2:     from panic(&x) (call parameter) at ./escape_panic.go:33:7
./escape_panic.go:32:2: moved to heap: x
./escape_panic.go:36:17: parameter e leaks to {heap} with derefs=0:
./escape_panic.go:36:17:   flow: {heap} = e:
./escape_panic.go:36:17:     from panic(e) (call parameter) at ./escape_panic.go:37:7
./escape_panic.go:36:17: leaking param: e
./escape_panic.go:40:20: parameter p leaks to {heap} with derefs=0:
./escape_panic.go:40:20:   flow: {heap} = p:
./escape_panic.go:40:20:     from p (interface-converted) at ./escape_panic.go:41:8
./escape_panic.go:40:20:     from panic(p) (call parameter) at ./escape_panic.go:41:7
./escape_panic.go:40:20: leaking param: p
./escape_panic.go:45:8: s escapes to heap:
./escape_panic.go:45:8:   flow: {heap} = &{storage for s}:
./escape_panic.go:45:8:     from s (spill) at ./escape_panic.go:45:8
./escape_panic.go:45:8:     from panic(s) (call parameter) at ./escape_panic.go:45:7
./escape_panic.go:44:18: parameter s leaks to {storage for s} with derefs=0:
./escape_panic.go:44:18:   flow: {storage for s} = s:
./escape_panic.go:44:18:     from s (interface-converted) at ./escape_panic.go:45:8
./escape_panic.go:44:18: leaking param: s
./escape_panic.go:45:8: s escapes to heap
./escape_panic.go:51:20: "error: " + s escapes to heap:
./escape_panic.go:51:20:   flow: {heap} = &{storage for "error: " + s}:
./escape_panic.go:51:20:     from "error: " + s (spill) at ./escape_panic.go:51:20
./escape_panic.go:51:20:     from panic("error: " + s) (call parameter) at ./escape_panic.go:51:7
./escape_panic.go:51:18: "error: " + s escapes to heap:
./escape_panic.go:51:18:   flow: {storage for "error: " + s} = &{storage for "error: " + s}:
./escape_panic.go:51:18:     from "error: " + s (spill) at ./escape_panic.go:51:18
./escape_panic.go:51:18:     from "error: " + s (interface-converted) at ./escape_panic.go:51:20
./escape_panic.go:50:18: s does not escape
./escape_panic.go:51:20: "error: " + s escapes to heap
./escape_panic.go:51:18: "error: " + s escapes to heap
