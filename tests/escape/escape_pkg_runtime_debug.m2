# command-line-arguments
./escape_pkg_runtime_debug.go:15:13: make([]byte, 64) escapes to heap:
./escape_pkg_runtime_debug.go:15:13:   flow: buf = &{storage for make([]byte, 64)}:
./escape_pkg_runtime_debug.go:15:13:     from make([]byte, 64) (spill) at ./escape_pkg_runtime_debug.go:15:13
./escape_pkg_runtime_debug.go:15:13:     from buf := make([]byte, 64) (assign) at ./escape_pkg_runtime_debug.go:15:6
./escape_pkg_runtime_debug.go:15:13:   flow: {heap} = buf:
./escape_pkg_runtime_debug.go:15:13:     from runtime.Stack(buf, false) (call parameter) at ./escape_pkg_runtime_debug.go:16:22
./escape_pkg_runtime_debug.go:15:13: make([]byte, 64) escapes to heap
./escape_pkg_runtime_debug.go:20:6: s escapes to heap:
./escape_pkg_runtime_debug.go:20:6:   flow: {heap} = &s:
./escape_pkg_runtime_debug.go:20:6:     from &s (address-of) at ./escape_pkg_runtime_debug.go:21:20
./escape_pkg_runtime_debug.go:20:6:     from debug.ReadGCStats(&s) (call parameter) at ./escape_pkg_runtime_debug.go:21:19
./escape_pkg_runtime_debug.go:20:6: moved to heap: s
