# command-line-arguments
./escape_return.go:12:2: x escapes to heap:
./escape_return.go:12:2:   flow: ~r0 = &x:
./escape_return.go:12:2:     from &x (address-of) at ./escape_return.go:13:9
./escape_return.go:12:2:     from return &x (return) at ./escape_return.go:13:2
./escape_return.go:12:2: moved to heap: x
./escape_return.go:27:2: t escapes to heap:
./escape_return.go:27:2:   flow: ~r0 = &t:
./escape_return.go:27:2:     from &t (address-of) at ./escape_return.go:28:9
./escape_return.go:27:2:     from return &t (return) at ./escape_return.go:28:2
./escape_return.go:27:2: moved to heap: t
./escape_return.go:32:9: &T{...} escapes to heap:
./escape_return.go:32:9:   flow: ~r0 = &{storage for &T{...}}:
./escape_return.go:32:9:     from &T{...} (spill) at ./escape_return.go:32:9
./escape_return.go:32:9:     from return &T{...} (return) at ./escape_return.go:32:2
./escape_return.go:32:9: &T{...} escapes to heap
./escape_return.go:36:10: new(int) escapes to heap:
./escape_return.go:36:10:   flow: p = &{storage for new(int)}:
./escape_return.go:36:10:     from new(int) (spill) at ./escape_return.go:36:10
./escape_return.go:36:10:     from p := new(int) (assign) at ./escape_return.go:36:4
./escape_return.go:36:10:   flow: ~r0 = p:
./escape_return.go:36:10:     from return p (return) at ./escape_return.go:38:2
./escape_return.go:36:10: new(int) escapes to heap
./escape_return.go:42:10: new(int) does not escape
./escape_return.go:48:7: &T{...} does not escape
./escape_return.go:53:6: x escapes to heap:
./escape_return.go:53:6:   flow: p = &x:
./escape_return.go:53:6:     from &x (address-of) at ./escape_return.go:54:7
./escape_return.go:53:6:     from p := &x (assign) at ./escape_return.go:54:4
./escape_return.go:53:6:   flow: ~r0 = p:
./escape_return.go:53:6:     from return p (return) at ./escape_return.go:55:2
./escape_return.go:53:6: moved to heap: x
./escape_return.go:59:2: y escapes to heap:
./escape_return.go:59:2:   flow: r = &y:
./escape_return.go:59:2:     from &y (address-of) at ./escape_return.go:60:6
./escape_return.go:59:2:     from r = &y (assign) at ./escape_return.go:60:4
./escape_return.go:59:2: moved to heap: y
./escape_return.go:65:6: t escapes to heap:
./escape_return.go:65:6:   flow: ~r0 = &t:
./escape_return.go:65:6:     from t.b (dot) at ./escape_return.go:66:11
./escape_return.go:65:6:     from &t.b (address-of) at ./escape_return.go:66:9
./escape_return.go:65:6:     from return &t.b (return) at ./escape_return.go:66:2
./escape_return.go:65:6: moved to heap: t
./escape_return.go:70:6: a escapes to heap:
./escape_return.go:70:6:   flow: ~r0 = &a:
./escape_return.go:70:6:     from a[2] (fixed-array-index-of) at ./escape_return.go:71:11
./escape_return.go:70:6:     from &a[2] (address-of) at ./escape_return.go:71:9
./escape_return.go:70:6:     from return &a[2] (return) at ./escape_return.go:71:2
./escape_return.go:70:6: moved to heap: a
