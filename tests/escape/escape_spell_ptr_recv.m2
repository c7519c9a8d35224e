# command-line-arguments
./escape_spell_ptr_recv.go:26:7: t does not escape
./escape_spell_ptr_recv.go:33:17: any(T1.Get(&T1{...})) escapes to heap:
./escape_spell_ptr_recv.go:33:17:   flow: {storage for ... argument} = &{storage for any(T1.Get(&T1{...}))}:
./escape_spell_ptr_recv.go:33:17:     from any(T1.Get(&T1{...})) (spill) at ./escape_spell_ptr_recv.go:33:17
./escape_spell_ptr_recv.go:33:17:     from ... argument (slice-literal-element) at ./escape_spell_ptr_recv.go:33:13
./escape_spell_ptr_recv.go:33:17:   flow: {heap} = {storage for ... argument}:
./escape_spell_ptr_recv.go:33:17:     from ... argument (spill) at ./escape_spell_ptr_recv.go:33:13
./escape_spell_ptr_recv.go:33:17:     from fmt.Println(... argument...) (call parameter) at ./escape_spell_ptr_recv.go:33:13
./escape_spell_ptr_recv.go:32:17: any(T1.Get(.autotmp_0)) escapes to heap:
./escape_spell_ptr_recv.go:32:17:   flow: {storage for ... argument} = &{storage for any(T1.Get(.autotmp_0))}:
./escape_spell_ptr_recv.go:32:17:     from any(T1.Get(.autotmp_0)) (spill) at ./escape_spell_ptr_recv.go:32:17
./escape_spell_ptr_recv.go:32:17:     from ... argument (slice-literal-element) at ./escape_spell_ptr_recv.go:32:13
./escape_spell_ptr_recv.go:32:17:   flow: {heap} = {storage for ... argument}:
./escape_spell_ptr_recv.go:32:17:     from ... argument (spill) at ./escape_spell_ptr_recv.go:32:13
./escape_spell_ptr_recv.go:32:17:     from fmt.Println(... argument...) (call parameter) at ./escape_spell_ptr_recv.go:32:13
./escape_spell_ptr_recv.go:31:17: any(T1.Get(&T1{...})) escapes to heap:
./escape_spell_ptr_recv.go:31:17:   flow: {storage for ... argument} = &{storage for any(T1.Get(&T1{...}))}:
./escape_spell_ptr_recv.go:31:17:     from any(T1.Get(&T1{...})) (spill) at ./escape_spell_ptr_recv.go:31:17
./escape_spell_ptr_recv.go:31:17:     from ... argument (slice-literal-element) at ./escape_spell_ptr_recv.go:31:13
./escape_spell_ptr_recv.go:31:17:   flow: {heap} = {storage for ... argument}:
./escape_spell_ptr_recv.go:31:17:     from ... argument (spill) at ./escape_spell_ptr_recv.go:31:13
./escape_spell_ptr_recv.go:31:17:     from fmt.Println(... argument...) (call parameter) at ./escape_spell_ptr_recv.go:31:13
./escape_spell_ptr_recv.go:31:13: ... argument does not escape
./escape_spell_ptr_recv.go:31:17: any(T1.Get(&T1{...})) escapes to heap
./escape_spell_ptr_recv.go:31:19: &T1{...} does not escape
./escape_spell_ptr_recv.go:31:36: make([]int, 3) does not escape
./escape_spell_ptr_recv.go:32:13: ... argument does not escape
./escape_spell_ptr_recv.go:32:17: any(T1.Get(.autotmp_0)) escapes to heap
./escape_spell_ptr_recv.go:32:19: &T1{...} does not escape
./escape_spell_ptr_recv.go:33:13: ... argument does not escape
./escape_spell_ptr_recv.go:33:17: any(T1.Get(&T1{...})) escapes to heap
./escape_spell_ptr_recv.go:33:19: &T1{...} does not escape
./escape_spell_ptr_recv.go:33:36: new([]int) does not escape
./escape_spell_ptr_recv.go:40:20: T0.Get(*v) escapes to heap:
./escape_spell_ptr_recv.go:40:20:   flow: {storage for ... argument} = &{storage for T0.Get(*v)}:
./escape_spell_ptr_recv.go:40:20:     from T0.Get(*v) (spill) at ./escape_spell_ptr_recv.go:40:20
./escape_spell_ptr_recv.go:40:20:     from ... argument (slice-literal-element) at ./escape_spell_ptr_recv.go:40:13
./escape_spell_ptr_recv.go:40:20:   flow: {heap} = {storage for ... argument}:
./escape_spell_ptr_recv.go:40:20:     from ... argument (spill) at ./escape_spell_ptr_recv.go:40:13
./escape_spell_ptr_recv.go:40:20:     from fmt.Println(... argument...) (call parameter) at ./escape_spell_ptr_recv.go:40:13
./escape_spell_ptr_recv.go:39:21: T0.Get(b.p) escapes to heap:
./escape_spell_ptr_recv.go:39:21:   flow: {storage for ... argument} = &{storage for T0.Get(b.p)}:
./escape_spell_ptr_recv.go:39:21:     from T0.Get(b.p) (spill) at ./escape_spell_ptr_recv.go:39:21
./escape_spell_ptr_recv.go:39:21:     from ... argument (slice-literal-element) at ./escape_spell_ptr_recv.go:39:13
./escape_spell_ptr_recv.go:39:21:   flow: {heap} = {storage for ... argument}:
./escape_spell_ptr_recv.go:39:21:     from ... argument (spill) at ./escape_spell_ptr_recv.go:39:13
./escape_spell_ptr_recv.go:39:21:     from fmt.Println(... argument...) (call parameter) at ./escape_spell_ptr_recv.go:39:13
./escape_spell_ptr_recv.go:38:25: T0.Get(i.(*T0)) escapes to heap:
./escape_spell_ptr_recv.go:38:25:   flow: {storage for ... argument} = &{storage for T0.Get(i.(*T0))}:
./escape_spell_ptr_recv.go:38:25:     from T0.Get(i.(*T0)) (spill) at ./escape_spell_ptr_recv.go:38:25
./escape_spell_ptr_recv.go:38:25:     from ... argument (slice-literal-element) at ./escape_spell_ptr_recv.go:38:13
./escape_spell_ptr_recv.go:38:25:   flow: {heap} = {storage for ... argument}:
./escape_spell_ptr_recv.go:38:25:     from ... argument (spill) at ./escape_spell_ptr_recv.go:38:13
./escape_spell_ptr_recv.go:38:25:     from fmt.Println(... argument...) (call parameter) at ./escape_spell_ptr_recv.go:38:13
./escape_spell_ptr_recv.go:37:19: T0.Get(v) escapes to heap:
./escape_spell_ptr_recv.go:37:19:   flow: {storage for ... argument} = &{storage for T0.Get(v)}:
./escape_spell_ptr_recv.go:37:19:     from T0.Get(v) (spill) at ./escape_spell_ptr_recv.go:37:19
./escape_spell_ptr_recv.go:37:19:     from ... argument (slice-literal-element) at ./escape_spell_ptr_recv.go:37:13
./escape_spell_ptr_recv.go:37:19:   flow: {heap} = {storage for ... argument}:
./escape_spell_ptr_recv.go:37:19:     from ... argument (spill) at ./escape_spell_ptr_recv.go:37:13
./escape_spell_ptr_recv.go:37:19:     from fmt.Println(... argument...) (call parameter) at ./escape_spell_ptr_recv.go:37:13
./escape_spell_ptr_recv.go:36:11: v does not escape
./escape_spell_ptr_recv.go:36:18: b does not escape
./escape_spell_ptr_recv.go:36:25: i does not escape
./escape_spell_ptr_recv.go:37:13: ... argument does not escape
./escape_spell_ptr_recv.go:37:19: T0.Get(v) escapes to heap
./escape_spell_ptr_recv.go:38:13: ... argument does not escape
./escape_spell_ptr_recv.go:38:25: T0.Get(i.(*T0)) escapes to heap
./escape_spell_ptr_recv.go:39:13: ... argument does not escape
./escape_spell_ptr_recv.go:39:21: T0.Get(b.p) escapes to heap
./escape_spell_ptr_recv.go:40:13: ... argument does not escape
./escape_spell_ptr_recv.go:40:20: T0.Get(*v) escapes to heap
./escape_spell_ptr_recv.go:44:7: &T0{...} does not escape
