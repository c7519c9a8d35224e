# command-line-arguments
./escape_pkg_runtime_callers.go:12:12: make([]uintptr, 8) does not escape
./escape_pkg_runtime_callers.go:17:12: make([]uintptr, 8) escapes to heap:
./escape_pkg_runtime_callers.go:17:12:   flow: pc = &{storage for make([]uintptr, 8)}:
./escape_pkg_runtime_callers.go:17:12:     from make([]uintptr, 8) (spill) at ./escape_pkg_runtime_callers.go:17:12
./escape_pkg_runtime_callers.go:17:12:     from pc := make([]uintptr, 8) (assign) at ./escape_pkg_runtime_callers.go:17:5
./escape_pkg_runtime_callers.go:17:12:   flow: {heap} = pc:
./escape_pkg_runtime_callers.go:17:12:     from pc[:n] (slice) at ./escape_pkg_runtime_callers.go:19:34
./escape_pkg_runtime_callers.go:17:12:     from runtime.CallersFrames(pc[:n]) (call parameter) at ./escape_pkg_runtime_callers.go:19:31
./escape_pkg_runtime_callers.go:17:12: make([]uintptr, 8) escapes to heap
