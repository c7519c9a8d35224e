# command-line-arguments
./escape_pkg_atomic_pointer.go:17:7: &node{...} escapes to heap:
./escape_pkg_atomic_pointer.go:17:7:   flow: n = &{storage for &node{...}}:
./escape_pkg_atomic_pointer.go:17:7:     from &node{...} (spill) at ./escape_pkg_atomic_pointer.go:17:7
./escape_pkg_atomic_pointer.go:17:7:     from n := &node{...} (assign) at ./escape_pkg_atomic_pointer.go:17:4
./escape_pkg_atomic_pointer.go:17:7:   flow: {heap} = n:
./escape_pkg_atomic_pointer.go:17:7:     from atomic.StorePointer(&head, unsafe.Pointer(n)) (call parameter) at ./escape_pkg_atomic_pointer.go:18:21
./escape_pkg_atomic_pointer.go:17:7: &node{...} escapes to heap
./escape_pkg_atomic_pointer.go:23:2: a escapes to heap:
./escape_pkg_atomic_pointer.go:23:2:   flow: {heap} = &a:
./escape_pkg_atomic_pointer.go:23:2:     from &a (address-of) at ./escape_pkg_atomic_pointer.go:24:46
./escape_pkg_atomic_pointer.go:23:2:     from atomic.SwapPointer(p, unsafe.Pointer(&a)) (call parameter) at ./escape_pkg_atomic_pointer.go:24:27
./escape_pkg_atomic_pointer.go:23:5: b escapes to heap:
./escape_pkg_atomic_pointer.go:23:5:   flow: {heap} = &b:
./escape_pkg_atomic_pointer.go:23:5:     from &b (address-of) at ./escape_pkg_atomic_pointer.go:25:61
./escape_pkg_atomic_pointer.go:23:5:     from atomic.CompareAndSwapPointer(p, old, unsafe.Pointer(&b)) (call parameter) at ./escape_pkg_atomic_pointer.go:25:37
./escape_pkg_atomic_pointer.go:22:11: parameter p leaks to {heap} with derefs=0:
./escape_pkg_atomic_pointer.go:22:11:   flow: {heap} = p:
./escape_pkg_atomic_pointer.go:22:11:     from atomic.SwapPointer(p, unsafe.Pointer(&a)) (call parameter) at ./escape_pkg_atomic_pointer.go:24:27
./escape_pkg_atomic_pointer.go:22:11: leaking param: p
./escape_pkg_atomic_pointer.go:23:2: moved to heap: a
./escape_pkg_atomic_pointer.go:23:5: moved to heap: b
./escape_pkg_atomic_pointer.go:29:6: local escapes to heap:
./escape_pkg_atomic_pointer.go:29:6:   flow: {heap} = &local:
./escape_pkg_atomic_pointer.go:29:6:     from &local (address-of) at ./escape_pkg_atomic_pointer.go:30:29
./escape_pkg_atomic_pointer.go:29:6:     from swap(&local) (call parameter) at ./escape_pkg_atomic_pointer.go:30:28
./escape_pkg_atomic_pointer.go:29:6: moved to heap: local
