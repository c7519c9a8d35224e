# command-line-arguments
./escape_pkg_os_strings.go:12:35: string(b) escapes to heap:
./escape_pkg_os_strings.go:12:35:   flow: {heap} = &{storage for string(b)}:
./escape_pkg_os_strings.go:12:35:     from string(b) (spill) at ./escape_pkg_os_strings.go:12:35
./escape_pkg_os_strings.go:12:35:     from strings.SplitAfterN(string(b), string(sep), 2) (call parameter) at ./escape_pkg_os_strings.go:12:28
./escape_pkg_os_strings.go:11:10: b does not escape
./escape_pkg_os_strings.go:11:20: sep does not escape
./escape_pkg_os_strings.go:12:35: string(b) escapes to heap
./escape_pkg_os_strings.go:12:46: string(sep) does not escape
./escape_pkg_os_strings.go:18:23: "X=" + extra escapes to heap:
./escape_pkg_os_strings.go:18:23:   flow: {heap} = &{storage for "X=" + extra}:
./escape_pkg_os_strings.go:18:23:     from "X=" + extra (spill) at ./escape_pkg_os_strings.go:18:23
./escape_pkg_os_strings.go:18:23:     from append(e, "X=" + extra) (call parameter) at ./escape_pkg_os_strings.go:18:15
./escape_pkg_os_strings.go:16:10: extra does not escape
./escape_pkg_os_strings.go:18:23: "X=" + extra escapes to heap
./escape_pkg_os_strings.go:22:20: ([]byte)("a=b") does not escape
./escape_pkg_os_strings.go:22:35: ([]byte)("=") does not escape
