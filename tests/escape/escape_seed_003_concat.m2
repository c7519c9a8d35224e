# command-line-arguments
./escape_seed_003_concat.go:15:18: i escapes to heap:
./escape_seed_003_concat.go:15:18:   flow: {storage for ... argument} = &{storage for i}:
./escape_seed_003_concat.go:15:18:     from i (spill) at ./escape_seed_003_concat.go:15:18
./escape_seed_003_concat.go:15:18:     from ... argument (slice-literal-element) at ./escape_seed_003_concat.go:15:18
./escape_seed_003_concat.go:15:18:   flow: {heap} = {storage for ... argument}:
./escape_seed_003_concat.go:15:18:     from ... argument (spill) at ./escape_seed_003_concat.go:15:18
./escape_seed_003_concat.go:15:18:     from fmt.Sprint(... argument...) (call parameter) at ./escape_seed_003_concat.go:15:18
./escape_seed_003_concat.go:15:18: ... argument does not escape
./escape_seed_003_concat.go:15:18: i escapes to heap
./escape_seed_003_concat.go:23:21: i escapes to heap:
./escape_seed_003_concat.go:23:21:   flow: {storage for ... argument} = &{storage for i}:
./escape_seed_003_concat.go:23:21:     from i (spill) at ./escape_seed_003_concat.go:23:21
./escape_seed_003_concat.go:23:21:     from ... argument (slice-literal-element) at ./escape_seed_003_concat.go:23:21
./escape_seed_003_concat.go:23:21:   flow: {heap} = {storage for ... argument}:
./escape_seed_003_concat.go:23:21:     from ... argument (spill) at ./escape_seed_003_concat.go:23:21
./escape_seed_003_concat.go:23:21:     from fmt.Sprint(... argument...) (call parameter) at ./escape_seed_003_concat.go:23:21
./escape_seed_003_concat.go:23:9: s + fmt.Sprint(... argument...) escapes to heap:
./escape_seed_003_concat.go:23:9:   flow: s = &{storage for s + fmt.Sprint(... argument...)}:
./escape_seed_003_concat.go:23:9:     from s + fmt.Sprint(... argument...) (spill) at ./escape_seed_003_concat.go:23:9
./escape_seed_003_concat.go:23:9:     from s = s + fmt.Sprint(... argument...) (assign) at ./escape_seed_003_concat.go:23:5
./escape_seed_003_concat.go:23:9: s + fmt.Sprint(... argument...) escapes to heap
./escape_seed_003_concat.go:23:21: ... argument does not escape
./escape_seed_003_concat.go:23:21: i escapes to heap
