# command-line-arguments
./main.go:12:21: name escapes to heap:
./main.go:12:21:   flow: {storage for ... argument} = &{storage for name}:
./main.go:12:21:     from name (spill) at ./main.go:12:21
./main.go:12:21:     from ... argument (slice-literal-element) at ./main.go:12:20
./main.go:12:21:   flow: {heap} = {storage for ... argument}:
./main.go:12:21:     from ... argument (spill) at ./main.go:12:20
./main.go:12:21:     from fmt.Sprintf("user %d: %s", ... argument...) (call parameter) at ./main.go:12:20
./main.go:12:21: id escapes to heap:
./main.go:12:21:   flow: {storage for ... argument} = &{storage for id}:
./main.go:12:21:     from id (spill) at ./main.go:12:21
./main.go:12:21:     from ... argument (slice-literal-element) at ./main.go:12:20
./main.go:12:21:   flow: {heap} = {storage for ... argument}:
./main.go:12:21:     from ... argument (spill) at ./main.go:12:20
./main.go:12:21:     from fmt.Sprintf("user %d: %s", ... argument...) (call parameter) at ./main.go:12:20
./main.go:11:23: parameter name leaks to {storage for name} with derefs=0:
./main.go:11:23:   flow: {storage for name} = name:
./main.go:11:23:     from name (interface-converted) at ./main.go:12:21
./main.go:11:23: leaking param: name
./main.go:12:20: ... argument does not escape
./main.go:12:21: id escapes to heap
./main.go:12:21: name escapes to heap
./main.go:16:20: id escapes to heap:
./main.go:16:20:   flow: {storage for ... argument} = &{storage for id}:
./main.go:16:20:     from id (spill) at ./main.go:16:20
./main.go:16:20:     from ... argument (slice-literal-element) at ./main.go:16:19
./main.go:16:20:   flow: {heap} = {storage for ... argument}:
./main.go:16:20:     from ... argument (spill) at ./main.go:16:19
./main.go:16:20:     from fmt.Errorf("lookup user %d: %w", ... argument...) (call parameter) at ./main.go:16:19
./main.go:16:19: ... argument does not escape
./main.go:16:20: id escapes to heap
./main.go:23:23: errors.Is(err, errNotFound) escapes to heap:
./main.go:23:23:   flow: {storage for ... argument} = &{storage for errors.Is(err, errNotFound)}:
./main.go:23:23:     from errors.Is(err, errNotFound) (spill) at ./main.go:23:23
./main.go:23:23:     from ... argument (slice-literal-element) at ./main.go:23:13
./main.go:23:23:   flow: {heap} = {storage for ... argument}:
./main.go:23:23:     from ... argument (spill) at ./main.go:23:13
./main.go:23:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:23:13
./main.go:20:22: describe(42, "Alice") escapes to heap:
./main.go:20:22:   flow: {storage for ... argument} = &{storage for describe(42, "Alice")}:
./main.go:20:22:     from describe(42, "Alice") (spill) at ./main.go:20:22
./main.go:20:22:     from ... argument (slice-literal-element) at ./main.go:20:13
./main.go:20:22:   flow: {heap} = {storage for ... argument}:
./main.go:20:22:     from ... argument (spill) at ./main.go:20:13
./main.go:20:22:     from fmt.Println(... argument...) (call parameter) at ./main.go:20:13
./main.go:20:13: ... argument does not escape
./main.go:20:22: describe(42, "Alice") escapes to heap
./main.go:22:13: ... argument does not escape
./main.go:23:13: ... argument does not escape
./main.go:23:23: errors.Is(err, errNotFound) escapes to heap
