# command-line-arguments
./escape_pkg_bytes_time.go:16:13: b does not escape
./escape_pkg_bytes_time.go:31:6: buf escapes to heap:
./escape_pkg_bytes_time.go:31:6:   flow: {heap} = &buf:
./escape_pkg_bytes_time.go:31:6:     from &buf (address-of) at ./escape_pkg_bytes_time.go:32:14
./escape_pkg_bytes_time.go:31:6:     from &buf (interface-converted) at ./escape_pkg_bytes_time.go:32:14
./escape_pkg_bytes_time.go:31:6:     from fmt.Fprintf(&buf, "%d", ... argument...) (call parameter) at ./escape_pkg_bytes_time.go:32:13
./escape_pkg_bytes_time.go:32:20: n escapes to heap:
./escape_pkg_bytes_time.go:32:20:   flow: {storage for ... argument} = &{storage for n}:
./escape_pkg_bytes_time.go:32:20:     from n (spill) at ./escape_pkg_bytes_time.go:32:20
./escape_pkg_bytes_time.go:32:20:     from ... argument (slice-literal-element) at ./escape_pkg_bytes_time.go:32:13
./escape_pkg_bytes_time.go:32:20:   flow: {heap} = {storage for ... argument}:
./escape_pkg_bytes_time.go:32:20:     from ... argument (spill) at ./escape_pkg_bytes_time.go:32:13
./escape_pkg_bytes_time.go:32:20:     from fmt.Fprintf(&buf, "%d", ... argument...) (call parameter) at ./escape_pkg_bytes_time.go:32:13
./escape_pkg_bytes_time.go:31:6: moved to heap: buf
./escape_pkg_bytes_time.go:32:13: ... argument does not escape
./escape_pkg_bytes_time.go:32:20: n escapes to heap
./escape_pkg_bytes_time.go:46:25: time.Duration.String(d) escapes to heap:
./escape_pkg_bytes_time.go:46:25:   flow: {storage for ... argument} = &{storage for time.Duration.String(d)}:
./escape_pkg_bytes_time.go:46:25:     from time.Duration.String(d) (spill) at ./escape_pkg_bytes_time.go:46:25
./escape_pkg_bytes_time.go:46:25:     from ... argument (slice-literal-element) at ./escape_pkg_bytes_time.go:46:13
./escape_pkg_bytes_time.go:46:25:   flow: {heap} = {storage for ... argument}:
./escape_pkg_bytes_time.go:46:25:     from ... argument (spill) at ./escape_pkg_bytes_time.go:46:13
./escape_pkg_bytes_time.go:46:25:     from fmt.Println(... argument...) (call parameter) at ./escape_pkg_bytes_time.go:46:13
./escape_pkg_bytes_time.go:46:13: d escapes to heap:
./escape_pkg_bytes_time.go:46:13:   flow: {storage for ... argument} = &{storage for d}:
./escape_pkg_bytes_time.go:46:13:     from d (spill) at ./escape_pkg_bytes_time.go:46:13
./escape_pkg_bytes_time.go:46:13:     from ... argument (slice-literal-element) at ./escape_pkg_bytes_time.go:46:13
./escape_pkg_bytes_time.go:46:13:   flow: {heap} = {storage for ... argument}:
./escape_pkg_bytes_time.go:46:13:     from ... argument (spill) at ./escape_pkg_bytes_time.go:46:13
./escape_pkg_bytes_time.go:46:13:     from fmt.Println(... argument...) (call parameter) at ./escape_pkg_bytes_time.go:46:13
./escape_pkg_bytes_time.go:46:13: ... argument does not escape
./escape_pkg_bytes_time.go:46:13: d escapes to heap
./escape_pkg_bytes_time.go:46:25: time.Duration.String(d) escapes to heap
./escape_pkg_bytes_time.go:54:15: parameter msg leaks to {heap} with derefs=0:
./escape_pkg_bytes_time.go:54:15:   flow: {heap} = msg:
./escape_pkg_bytes_time.go:54:15:     from (*os.File).WriteString(os.Stdout, msg) (call parameter) at ./escape_pkg_bytes_time.go:56:23
./escape_pkg_bytes_time.go:55:14: msg escapes to heap:
./escape_pkg_bytes_time.go:55:14:   flow: {storage for ... argument} = &{storage for msg}:
./escape_pkg_bytes_time.go:55:14:     from msg (spill) at ./escape_pkg_bytes_time.go:55:14
./escape_pkg_bytes_time.go:55:14:     from ... argument (slice-literal-element) at ./escape_pkg_bytes_time.go:55:14
./escape_pkg_bytes_time.go:55:14:   flow: {heap} = {storage for ... argument}:
./escape_pkg_bytes_time.go:55:14:     from ... argument (spill) at ./escape_pkg_bytes_time.go:55:14
./escape_pkg_bytes_time.go:55:14:     from fmt.Fprintln(os.Stderr, ... argument...) (call parameter) at ./escape_pkg_bytes_time.go:55:14
./escape_pkg_bytes_time.go:54:15: parameter msg leaks to {storage for msg} with derefs=0:
./escape_pkg_bytes_time.go:54:15:   flow: {storage for msg} = msg:
./escape_pkg_bytes_time.go:54:15:     from msg (interface-converted) at ./escape_pkg_bytes_time.go:55:14
./escape_pkg_bytes_time.go:54:15: leaking param: msg
./escape_pkg_bytes_time.go:55:14: ... argument does not escape
./escape_pkg_bytes_time.go:55:14: msg escapes to heap
