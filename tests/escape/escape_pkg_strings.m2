# command-line-arguments
./escape_pkg_strings.go:18:13: b does not escape
./escape_pkg_strings.go:19:13: string(b) does not escape
./escape_pkg_strings.go:24:33: string(b) escapes to heap:
./escape_pkg_strings.go:24:33:   flow: ~r0 = &{storage for string(b)}:
./escape_pkg_strings.go:24:33:     from string(b) (spill) at ./escape_pkg_strings.go:24:33
./escape_pkg_strings.go:24:33:     from strings.TrimSpace(string(b)) (call parameter) at ./escape_pkg_strings.go:24:26
./escape_pkg_strings.go:24:33:     from return strings.TrimSpace(string(b)) (return) at ./escape_pkg_strings.go:24:2
./escape_pkg_strings.go:23:14: b does not escape
./escape_pkg_strings.go:24:33: string(b) escapes to heap
./escape_pkg_strings.go:27:16: b does not escape
./escape_pkg_strings.go:28:31: string(b) does not escape
./escape_pkg_strings.go:33:31: string(b) escapes to heap:
./escape_pkg_strings.go:33:31:   flow: {heap} = &{storage for string(b)}:
./escape_pkg_strings.go:33:31:     from string(b) (spill) at ./escape_pkg_strings.go:33:31
./escape_pkg_strings.go:33:31:     from strings.ToUpper(string(b)) (call parameter) at ./escape_pkg_strings.go:33:24
./escape_pkg_strings.go:33:31:     from sink = strings.ToUpper(string(b)) (assign) at ./escape_pkg_strings.go:33:7
./escape_pkg_strings.go:32:12: b does not escape
./escape_pkg_strings.go:33:31: string(b) escapes to heap
./escape_pkg_strings.go:37:29: string(b) escapes to heap:
./escape_pkg_strings.go:37:29:   flow: {heap} = &{storage for string(b)}:
./escape_pkg_strings.go:37:29:     from string(b) (spill) at ./escape_pkg_strings.go:37:29
./escape_pkg_strings.go:37:29:     from strings.Split(string(b), ",") (call parameter) at ./escape_pkg_strings.go:37:22
./escape_pkg_strings.go:36:12: b does not escape
./escape_pkg_strings.go:37:29: string(b) escapes to heap
./escape_pkg_strings.go:41:34: string(b) escapes to heap:
./escape_pkg_strings.go:41:34:   flow: {heap} = &{storage for string(b)}:
./escape_pkg_strings.go:41:34:     from string(b) (spill) at ./escape_pkg_strings.go:41:34
./escape_pkg_strings.go:41:34:     from strings.Fields(string(b)) (call parameter) at ./escape_pkg_strings.go:41:27
./escape_pkg_strings.go:40:13: b does not escape
./escape_pkg_strings.go:41:34: string(b) escapes to heap
./escape_pkg_strings.go:44:11: parameter parts leaks to ~r0 with derefs=1:
./escape_pkg_strings.go:44:11:   flow: ~r0 = *parts:
./escape_pkg_strings.go:44:11:     from strings.Join(parts, "-") (call parameter) at ./escape_pkg_strings.go:45:21
./escape_pkg_strings.go:44:11:     from return strings.Join(parts, "-") (return) at ./escape_pkg_strings.go:45:2
./escape_pkg_strings.go:44:11: leaking param: parts to result ~r0 level=1
./escape_pkg_strings.go:49:19: []string{...} does not escape
./escape_pkg_strings.go:70:8: &strings.Builder{} escapes to heap:
./escape_pkg_strings.go:70:8:   flow: sb = &{storage for &strings.Builder{}}:
./escape_pkg_strings.go:70:8:     from &strings.Builder{} (spill) at ./escape_pkg_strings.go:70:8
./escape_pkg_strings.go:70:8:     from sb := &strings.Builder{} (assign) at ./escape_pkg_strings.go:70:5
./escape_pkg_strings.go:70:8:   flow: ~r0 = sb:
./escape_pkg_strings.go:70:8:     from return sb (return) at ./escape_pkg_strings.go:72:2
./escape_pkg_strings.go:70:8: &strings.Builder{} escapes to heap
./escape_pkg_strings.go:75:13: s does not escape
./escape_pkg_strings.go:80:47: strings.Count(s, "a") escapes to heap:
./escape_pkg_strings.go:80:47:   flow: {storage for ... argument} = &{storage for strings.Count(s, "a")}:
./escape_pkg_strings.go:80:47:     from strings.Count(s, "a") (spill) at ./escape_pkg_strings.go:80:47
./escape_pkg_strings.go:80:47:     from ... argument (slice-literal-element) at ./escape_pkg_strings.go:80:13
./escape_pkg_strings.go:80:47:   flow: {heap} = {storage for ... argument}:
./escape_pkg_strings.go:80:47:     from ... argument (spill) at ./escape_pkg_strings.go:80:13
./escape_pkg_strings.go:80:47:     from fmt.Println(... argument...) (call parameter) at ./escape_pkg_strings.go:80:13
./escape_pkg_strings.go:80:29: strings.ToLower(s) escapes to heap:
./escape_pkg_strings.go:80:29:   flow: {storage for ... argument} = &{storage for strings.ToLower(s)}:
./escape_pkg_strings.go:80:29:     from strings.ToLower(s) (spill) at ./escape_pkg_strings.go:80:29
./escape_pkg_strings.go:80:29:     from ... argument (slice-literal-element) at ./escape_pkg_strings.go:80:13
./escape_pkg_strings.go:80:29:   flow: {heap} = {storage for ... argument}:
./escape_pkg_strings.go:80:29:     from ... argument (spill) at ./escape_pkg_strings.go:80:13
./escape_pkg_strings.go:80:29:     from fmt.Println(... argument...) (call parameter) at ./escape_pkg_strings.go:80:13
./escape_pkg_strings.go:79:14: parameter s leaks to {storage for strings.ToLower(s)} with derefs=0:
./escape_pkg_strings.go:79:14:   flow: {storage for strings.ToLower(s)} = s:
./escape_pkg_strings.go:79:14:     from strings.ToLower(s) (call parameter) at ./escape_pkg_strings.go:80:29
./escape_pkg_strings.go:79:14:     from strings.ToLower(s) (interface-converted) at ./escape_pkg_strings.go:80:29
./escape_pkg_strings.go:79:14: leaking param: s
./escape_pkg_strings.go:80:13: ... argument does not escape
./escape_pkg_strings.go:80:29: strings.ToLower(s) escapes to heap
./escape_pkg_strings.go:80:47: strings.Count(s, "a") escapes to heap
./escape_pkg_strings.go:84:15: ([]byte)("x") does not escape
