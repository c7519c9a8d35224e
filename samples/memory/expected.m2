# command-line-arguments
./main.go:19:9: &Small{...} escapes to heap:
./main.go:19:9:   flow: ~r0 = &{storage for &Small{...}}:
./main.go:19:9:     from &Small{...} (spill) at ./main.go:19:9
./main.go:19:9:     from &Small{...} (interface-converted) at ./main.go:19:9
./main.go:19:9:     from return &Small{...} (return) at ./main.go:19:2
./main.go:19:9: &Small{...} escapes to heap
./main.go:37:31: m.HeapObjects escapes to heap:
./main.go:37:31:   flow: {storage for ... argument} = &{storage for m.HeapObjects}:
./main.go:37:31:     from m.HeapObjects (spill) at ./main.go:37:31
./main.go:37:31:     from ... argument (slice-literal-element) at ./main.go:36:12
./main.go:37:31:   flow: {heap} = {storage for ... argument}:
./main.go:37:31:     from ... argument (spill) at ./main.go:36:12
./main.go:37:31:     from fmt.Printf("[%s] GC次数=%d, HeapAlloc=%dKB, HeapObjects=%d\n", ... argument...) (call parameter) at ./main.go:36:12
./main.go:37:23: m.HeapAlloc / 1024 escapes to heap:
./main.go:37:23:   flow: {storage for ... argument} = &{storage for m.HeapAlloc / 1024}:
./main.go:37:23:     from m.HeapAlloc / 1024 (spill) at ./main.go:37:23
./main.go:37:23:     from ... argument (slice-literal-element) at ./main.go:36:12
./main.go:37:23:   flow: {heap} = {storage for ... argument}:
./main.go:37:23:     from ... argument (spill) at ./main.go:36:12
./main.go:37:23:     from fmt.Printf("[%s] GC次数=%d, HeapAlloc=%dKB, HeapObjects=%d\n", ... argument...) (call parameter) at ./main.go:36:12
./main.go:37:4: m.NumGC escapes to heap:
./main.go:37:4:   flow: {storage for ... argument} = &{storage for m.NumGC}:
./main.go:37:4:     from m.NumGC (spill) at ./main.go:37:4
./main.go:37:4:     from ... argument (slice-literal-element) at ./main.go:36:12
./main.go:37:4:   flow: {heap} = {storage for ... argument}:
./main.go:37:4:     from ... argument (spill) at ./main.go:36:12
./main.go:37:4:     from fmt.Printf("[%s] GC次数=%d, HeapAlloc=%dKB, HeapObjects=%d\n", ... argument...) (call parameter) at ./main.go:36:12
./main.go:36:13: tag escapes to heap:
./main.go:36:13:   flow: {storage for ... argument} = &{storage for tag}:
./main.go:36:13:     from tag (spill) at ./main.go:36:13
./main.go:36:13:     from ... argument (slice-literal-element) at ./main.go:36:12
./main.go:36:13:   flow: {heap} = {storage for ... argument}:
./main.go:36:13:     from ... argument (spill) at ./main.go:36:12
./main.go:36:13:     from fmt.Printf("[%s] GC次数=%d, HeapAlloc=%dKB, HeapObjects=%d\n", ... argument...) (call parameter) at ./main.go:36:12
./main.go:33:20: parameter tag leaks to {storage for tag} with derefs=0:
./main.go:33:20:   flow: {storage for tag} = tag:
./main.go:33:20:     from tag (interface-converted) at ./main.go:36:13
./main.go:33:20: leaking param: tag
./main.go:36:12: ... argument does not escape
./main.go:36:13: tag escapes to heap
./main.go:37:4: m.NumGC escapes to heap
./main.go:37:23: m.HeapAlloc / 1024 escapes to heap
./main.go:37:31: m.HeapObjects escapes to heap
./main.go:72:62: m2.Mallocs - m1.Mallocs escapes to heap:
./main.go:72:62:   flow: {storage for ... argument} = &{storage for m2.Mallocs - m1.Mallocs}:
./main.go:72:62:     from m2.Mallocs - m1.Mallocs (spill) at ./main.go:72:62
./main.go:72:62:     from ... argument (slice-literal-element) at ./main.go:72:12
./main.go:72:62:   flow: {heap} = {storage for ... argument}:
./main.go:72:62:     from ... argument (spill) at ./main.go:72:12
./main.go:72:62:     from fmt.Printf("optimised version: %d allocations\n", ... argument...) (call parameter) at ./main.go:72:12
./main.go:71:62: m1.Mallocs - m0.Mallocs escapes to heap:
./main.go:71:62:   flow: {storage for ... argument} = &{storage for m1.Mallocs - m0.Mallocs}:
./main.go:71:62:     from m1.Mallocs - m0.Mallocs (spill) at ./main.go:71:62
./main.go:71:62:     from ... argument (slice-literal-element) at ./main.go:71:12
./main.go:71:62:   flow: {heap} = {storage for ... argument}:
./main.go:71:62:     from ... argument (spill) at ./main.go:71:12
./main.go:71:62:     from fmt.Printf("escape version:    %d allocations\n", ... argument...) (call parameter) at ./main.go:71:12
./main.go:71:12: ... argument does not escape
./main.go:71:62: m1.Mallocs - m0.Mallocs escapes to heap
./main.go:72:12: ... argument does not escape
./main.go:72:62: m2.Mallocs - m1.Mallocs escapes to heap
