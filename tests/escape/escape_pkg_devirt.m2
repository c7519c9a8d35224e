# command-line-arguments
./escape_pkg_devirt.go:29:17: devirtualizing w.Write to *bytes.Buffer
./escape_pkg_devirt.go:35:17: devirtualizing w.Write to *counter
./escape_pkg_devirt.go:50:17: devirtualizing s.String to Celsius
./escape_pkg_devirt.go:22:7: c does not escape
./escape_pkg_devirt.go:22:25: p does not escape
./escape_pkg_devirt.go:27:18: p does not escape
./escape_pkg_devirt.go:28:20: &bytes.Buffer{} does not escape
./escape_pkg_devirt.go:33:19: p does not escape
./escape_pkg_devirt.go:34:17: &counter{} does not escape
./escape_pkg_devirt.go:39:17: parameter p leaks to {heap} with derefs=0:
./escape_pkg_devirt.go:39:17:   flow: {heap} = p:
./escape_pkg_devirt.go:39:17:     from w.Write(p) (call parameter) at ./escape_pkg_devirt.go:44:17
./escape_pkg_devirt.go:39:27: parameter other leaks to {heap} with derefs=0:
./escape_pkg_devirt.go:39:27:   flow: w = other:
./escape_pkg_devirt.go:39:27:     from w = other (assign) at ./escape_pkg_devirt.go:42:5
./escape_pkg_devirt.go:39:27:   flow: {heap} = w:
./escape_pkg_devirt.go:39:27:     from w.Write(p) (call parameter) at ./escape_pkg_devirt.go:44:17
./escape_pkg_devirt.go:40:20: &bytes.Buffer{} escapes to heap:
./escape_pkg_devirt.go:40:20:   flow: w = &{storage for &bytes.Buffer{}}:
./escape_pkg_devirt.go:40:20:     from &bytes.Buffer{} (spill) at ./escape_pkg_devirt.go:40:20
./escape_pkg_devirt.go:40:20:     from &bytes.Buffer{} (interface-converted) at ./escape_pkg_devirt.go:40:33
./escape_pkg_devirt.go:40:20:     from w = &bytes.Buffer{} (assign) at ./escape_pkg_devirt.go:40:6
./escape_pkg_devirt.go:40:20:   flow: {heap} = w:
./escape_pkg_devirt.go:40:20:     from w.Write(p) (call parameter) at ./escape_pkg_devirt.go:44:17
./escape_pkg_devirt.go:39:17: leaking param: p
./escape_pkg_devirt.go:39:27: leaking param: other
./escape_pkg_devirt.go:40:20: &bytes.Buffer{} escapes to heap
./escape_pkg_devirt.go:49:6: Celsius(21.5) does not escape
