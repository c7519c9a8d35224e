# command-line-arguments
./escape_seed_002_string.go:13:11: s does not escape
./escape_seed_002_string.go:13:14: t does not escape
./escape_seed_002_string.go:14:13: ([]byte)(s) does not escape
./escape_seed_002_string.go:15:14: string(b) does not escape
./escape_seed_002_string.go:16:10: s + t does not escape
./escape_seed_002_string.go:23:10: s + t escapes to heap:
./escape_seed_002_string.go:23:10:   flow: s3 = &{storage for s + t}:
./escape_seed_002_string.go:23:10:     from s + t (spill) at ./escape_seed_002_string.go:23:10
./escape_seed_002_string.go:23:10:     from s3 := s + t (assign) at ./escape_seed_002_string.go:23:5
./escape_seed_002_string.go:23:10:   flow: {heap} = s3:
./escape_seed_002_string.go:23:10:     from append(keep, s2, s3) (call parameter) at ./escape_seed_002_string.go:24:15
./escape_seed_002_string.go:22:14: string(b) escapes to heap:
./escape_seed_002_string.go:22:14:   flow: s2 = &{storage for string(b)}:
./escape_seed_002_string.go:22:14:     from string(b) (spill) at ./escape_seed_002_string.go:22:14
./escape_seed_002_string.go:22:14:     from s2 := string(b) (assign) at ./escape_seed_002_string.go:22:5
./escape_seed_002_string.go:22:14:   flow: {heap} = s2:
./escape_seed_002_string.go:22:14:     from append(keep, s2, s3) (call parameter) at ./escape_seed_002_string.go:24:15
./escape_seed_002_string.go:20:18: s does not escape
./escape_seed_002_string.go:20:21: t does not escape
./escape_seed_002_string.go:21:13: ([]byte)(s) does not escape
./escape_seed_002_string.go:22:14: string(b) escapes to heap
./escape_seed_002_string.go:23:10: s + t escapes to heap
./escape_seed_002_string.go:28:21: name escapes to heap:
./escape_seed_002_string.go:28:21:   flow: {storage for ... argument} = &{storage for name}:
./escape_seed_002_string.go:28:21:     from name (spill) at ./escape_seed_002_string.go:28:21
./escape_seed_002_string.go:28:21:     from ... argument (slice-literal-element) at ./escape_seed_002_string.go:28:20
./escape_seed_002_string.go:28:21:   flow: {heap} = {storage for ... argument}:
./escape_seed_002_string.go:28:21:     from ... argument (spill) at ./escape_seed_002_string.go:28:20
./escape_seed_002_string.go:28:21:     from fmt.Sprintf("%d:%s", ... argument...) (call parameter) at ./escape_seed_002_string.go:28:20
./escape_seed_002_string.go:28:21: id escapes to heap:
./escape_seed_002_string.go:28:21:   flow: {storage for ... argument} = &{storage for id}:
./escape_seed_002_string.go:28:21:     from id (spill) at ./escape_seed_002_string.go:28:21
./escape_seed_002_string.go:28:21:     from ... argument (slice-literal-element) at ./escape_seed_002_string.go:28:20
./escape_seed_002_string.go:28:21:   flow: {heap} = {storage for ... argument}:
./escape_seed_002_string.go:28:21:     from ... argument (spill) at ./escape_seed_002_string.go:28:20
./escape_seed_002_string.go:28:21:     from fmt.Sprintf("%d:%s", ... argument...) (call parameter) at ./escape_seed_002_string.go:28:20
./escape_seed_002_string.go:27:21: parameter name leaks to {storage for name} with derefs=0:
./escape_seed_002_string.go:27:21:   flow: {storage for name} = name:
./escape_seed_002_string.go:27:21:     from name (interface-converted) at ./escape_seed_002_string.go:28:21
./escape_seed_002_string.go:27:21: leaking param: name
./escape_seed_002_string.go:28:20: ... argument does not escape
./escape_seed_002_string.go:28:21: id escapes to heap
./escape_seed_002_string.go:28:21: name escapes to heap
