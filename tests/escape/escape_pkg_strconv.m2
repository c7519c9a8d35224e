# command-line-arguments
./escape_pkg_strconv.go:19:29: string(b) escapes to heap:
./escape_pkg_strconv.go:19:29:   flow: {heap} = &{storage for string(b)}:
./escape_pkg_strconv.go:19:29:     from string(b) (spill) at ./escape_pkg_strconv.go:19:29
./escape_pkg_strconv.go:19:29:     from strconv.Atoi(string(b)) (call parameter) at ./escape_pkg_strconv.go:19:22
./escape_pkg_strconv.go:18:16: b does not escape
./escape_pkg_strconv.go:19:29: string(b) escapes to heap
./escape_pkg_strconv.go:32:35: string(b) escapes to heap:
./escape_pkg_strconv.go:32:35:   flow: {heap} = &{storage for string(b)}:
./escape_pkg_strconv.go:32:35:     from string(b) (spill) at ./escape_pkg_strconv.go:32:35
./escape_pkg_strconv.go:32:35:     from strconv.ParseFloat(string(b), 64) (call parameter) at ./escape_pkg_strconv.go:32:28
./escape_pkg_strconv.go:31:17: b does not escape
./escape_pkg_strconv.go:32:35: string(b) escapes to heap
./escape_pkg_strconv.go:36:12: b does not escape
./escape_pkg_strconv.go:37:29: string(b) does not escape
./escape_pkg_strconv.go:41:13: make([]byte, 0, 32) escapes to heap:
./escape_pkg_strconv.go:41:13:   flow: buf = &{storage for make([]byte, 0, 32)}:
./escape_pkg_strconv.go:41:13:     from make([]byte, 0, 32) (spill) at ./escape_pkg_strconv.go:41:13
./escape_pkg_strconv.go:41:13:     from buf := make([]byte, 0, 32) (assign) at ./escape_pkg_strconv.go:41:6
./escape_pkg_strconv.go:41:13:   flow: ~r0 = buf:
./escape_pkg_strconv.go:41:13:     from return buf (return) at ./escape_pkg_strconv.go:43:2
./escape_pkg_strconv.go:41:13: make([]byte, 0, 32) escapes to heap
./escape_pkg_strconv.go:47:13: make([]byte, 0, 32) does not escape
./escape_pkg_strconv.go:53:50: strconv.FormatFloat(1.5, 'f', 1, 64) escapes to heap:
./escape_pkg_strconv.go:53:50:   flow: {storage for ... argument} = &{storage for strconv.FormatFloat(1.5, 'f', 1, 64)}:
./escape_pkg_strconv.go:53:50:     from strconv.FormatFloat(1.5, 'f', 1, 64) (spill) at ./escape_pkg_strconv.go:53:50
./escape_pkg_strconv.go:53:50:     from ... argument (slice-literal-element) at ./escape_pkg_strconv.go:53:13
./escape_pkg_strconv.go:53:50:   flow: {heap} = {storage for ... argument}:
./escape_pkg_strconv.go:53:50:     from ... argument (spill) at ./escape_pkg_strconv.go:53:13
./escape_pkg_strconv.go:53:50:     from fmt.Println(... argument...) (call parameter) at ./escape_pkg_strconv.go:53:13
./escape_pkg_strconv.go:53:26: strconv.Itoa(n) escapes to heap:
./escape_pkg_strconv.go:53:26:   flow: {storage for ... argument} = &{storage for strconv.Itoa(n)}:
./escape_pkg_strconv.go:53:26:     from strconv.Itoa(n) (spill) at ./escape_pkg_strconv.go:53:26
./escape_pkg_strconv.go:53:26:     from ... argument (slice-literal-element) at ./escape_pkg_strconv.go:53:13
./escape_pkg_strconv.go:53:26:   flow: {heap} = {storage for ... argument}:
./escape_pkg_strconv.go:53:26:     from ... argument (spill) at ./escape_pkg_strconv.go:53:13
./escape_pkg_strconv.go:53:26:     from fmt.Println(... argument...) (call parameter) at ./escape_pkg_strconv.go:53:13
./escape_pkg_strconv.go:53:13: ... argument does not escape
./escape_pkg_strconv.go:53:26: strconv.Itoa(n) escapes to heap
./escape_pkg_strconv.go:53:50: strconv.FormatFloat(1.5, 'f', 1, 64) escapes to heap
