# command-line-arguments
./escape_autotmp.go:22:7: n does not escape
./escape_autotmp.go:33:9: &Node{...} escapes to heap:
./escape_autotmp.go:33:9:   flow: ~r0 = &{storage for &Node{...}}:
./escape_autotmp.go:33:9:     from &Node{...} (spill) at ./escape_autotmp.go:33:9
./escape_autotmp.go:33:9:     from return &Node{...} (return) at ./escape_autotmp.go:33:2
./escape_autotmp.go:33:9: &Node{...} escapes to heap
./escape_autotmp.go:61:32: Counter.Value(.autotmp_6) escapes to heap:
./escape_autotmp.go:61:32:   flow: {storage for ... argument} = &{storage for Counter.Value(.autotmp_6)}:
./escape_autotmp.go:61:32:     from Counter.Value(.autotmp_6) (spill) at ./escape_autotmp.go:61:32
./escape_autotmp.go:61:32:     from ... argument (slice-literal-element) at ./escape_autotmp.go:61:13
./escape_autotmp.go:61:32:   flow: {heap} = {storage for ... argument}:
./escape_autotmp.go:61:32:     from ... argument (spill) at ./escape_autotmp.go:61:13
./escape_autotmp.go:61:32:     from fmt.Println(... argument...) (call parameter) at ./escape_autotmp.go:61:13
./escape_autotmp.go:61:13: x escapes to heap:
./escape_autotmp.go:61:13:   flow: {storage for ... argument} = &{storage for x}:
./escape_autotmp.go:61:13:     from x (spill) at ./escape_autotmp.go:61:13
./escape_autotmp.go:61:13:     from ... argument (slice-literal-element) at ./escape_autotmp.go:61:13
./escape_autotmp.go:61:13:   flow: {heap} = {storage for ... argument}:
./escape_autotmp.go:61:13:     from ... argument (spill) at ./escape_autotmp.go:61:13
./escape_autotmp.go:61:13:     from fmt.Println(... argument...) (call parameter) at ./escape_autotmp.go:61:13
./escape_autotmp.go:59:29: (*Node).Sum(.autotmp_3) escapes to heap:
./escape_autotmp.go:59:29:   flow: {storage for ... argument} = &{storage for (*Node).Sum(.autotmp_3)}:
./escape_autotmp.go:59:29:     from (*Node).Sum(.autotmp_3) (spill) at ./escape_autotmp.go:59:29
./escape_autotmp.go:59:29:     from ... argument (slice-literal-element) at ./escape_autotmp.go:59:13
./escape_autotmp.go:59:29:   flow: {heap} = {storage for ... argument}:
./escape_autotmp.go:59:29:     from ... argument (spill) at ./escape_autotmp.go:59:13
./escape_autotmp.go:59:29:     from fmt.Println(... argument...) (call parameter) at ./escape_autotmp.go:59:13
./escape_autotmp.go:58:30: time.Time.After(.autotmp_2, time.Time.Add(.autotmp_1, -d)) escapes to heap:
./escape_autotmp.go:58:30:   flow: {storage for ... argument} = &{storage for time.Time.After(.autotmp_2, time.Time.Add(.autotmp_1, -d))}:
./escape_autotmp.go:58:30:     from time.Time.After(.autotmp_2, time.Time.Add(.autotmp_1, -d)) (spill) at ./escape_autotmp.go:58:30
./escape_autotmp.go:58:30:     from ... argument (slice-literal-element) at ./escape_autotmp.go:58:13
./escape_autotmp.go:58:30:   flow: {heap} = {storage for ... argument}:
./escape_autotmp.go:58:30:     from ... argument (spill) at ./escape_autotmp.go:58:13
./escape_autotmp.go:58:30:     from fmt.Println(... argument...) (call parameter) at ./escape_autotmp.go:58:13
./escape_autotmp.go:58:13: ... argument does not escape
./escape_autotmp.go:58:30: time.Time.After(.autotmp_2, time.Time.Add(.autotmp_1, -d)) escapes to heap
./escape_autotmp.go:59:13: ... argument does not escape
./escape_autotmp.go:59:29: (*Node).Sum(.autotmp_3) escapes to heap
./escape_autotmp.go:61:13: ... argument does not escape
./escape_autotmp.go:61:13: x escapes to heap
./escape_autotmp.go:61:32: Counter.Value(.autotmp_6) escapes to heap
./escape_autotmp.go:67:14: .autotmp_4 escapes to heap:
./escape_autotmp.go:67:14:   flow: {storage for ... argument} = &{storage for .autotmp_4}:
./escape_autotmp.go:67:14:     from .autotmp_4 (spill) at ./escape_autotmp.go:67:14
./escape_autotmp.go:67:14:     from ... argument (slice-literal-element) at ./escape_autotmp.go:67:14
./escape_autotmp.go:67:14:   flow: {heap} = {storage for ... argument}:
./escape_autotmp.go:67:14:     from ... argument (spill) at ./escape_autotmp.go:67:14
./escape_autotmp.go:67:14:     from fmt.Println(pair()) (call parameter) at ./escape_autotmp.go:67:14
./escape_autotmp.go:67:14: .autotmp_3 escapes to heap:
./escape_autotmp.go:67:14:   flow: {storage for ... argument} = &{storage for .autotmp_3}:
./escape_autotmp.go:67:14:     from .autotmp_3 (spill) at ./escape_autotmp.go:67:14
./escape_autotmp.go:67:14:     from ... argument (slice-literal-element) at ./escape_autotmp.go:67:14
./escape_autotmp.go:67:14:   flow: {heap} = {storage for ... argument}:
./escape_autotmp.go:67:14:     from ... argument (spill) at ./escape_autotmp.go:67:14
./escape_autotmp.go:67:14:     from fmt.Println(pair()) (call parameter) at ./escape_autotmp.go:67:14
./escape_autotmp.go:65:13: .autotmp_0 escapes to heap:
./escape_autotmp.go:65:13:   flow: {storage for ... argument} = &{storage for .autotmp_0}:
./escape_autotmp.go:65:13:     from .autotmp_0 (spill) at ./escape_autotmp.go:65:13
./escape_autotmp.go:65:13:     from ... argument (slice-literal-element) at ./escape_autotmp.go:65:13
./escape_autotmp.go:65:13:   flow: {heap} = {storage for ... argument}:
./escape_autotmp.go:65:13:     from ... argument (spill) at ./escape_autotmp.go:65:13
./escape_autotmp.go:65:13:     from fmt.Println(safeDiv(7, 2)) (call parameter) at ./escape_autotmp.go:65:13
./escape_autotmp.go:65:13: ... argument does not escape
./escape_autotmp.go:65:13: .autotmp_0 escapes to heap
./escape_autotmp.go:67:14: ... argument does not escape
./escape_autotmp.go:67:14: .autotmp_3 escapes to heap
./escape_autotmp.go:67:14: .autotmp_4 escapes to heap
./escape_autotmp.go:71:15: ch does not escape
./escape_autotmp.go:78:31: Counter.Value(.autotmp_4) escapes to heap:
./escape_autotmp.go:78:31:   flow: {storage for ... argument} = &{storage for Counter.Value(.autotmp_4)}:
./escape_autotmp.go:78:31:     from Counter.Value(.autotmp_4) (spill) at ./escape_autotmp.go:78:31
./escape_autotmp.go:78:31:     from ... argument (slice-literal-element) at ./escape_autotmp.go:78:13
./escape_autotmp.go:78:31:   flow: {heap} = {storage for ... argument}:
./escape_autotmp.go:78:31:     from ... argument (spill) at ./escape_autotmp.go:78:13
./escape_autotmp.go:78:31:     from fmt.Println(... argument...) (call parameter) at ./escape_autotmp.go:78:13
./escape_autotmp.go:78:13: ... argument does not escape
./escape_autotmp.go:78:31: Counter.Value(.autotmp_4) escapes to heap
./escape_autotmp.go:88:13: .autotmp_1 escapes to heap:
./escape_autotmp.go:88:13:   flow: {storage for ... argument} = &{storage for .autotmp_1}:
./escape_autotmp.go:88:13:     from .autotmp_1 (spill) at ./escape_autotmp.go:88:13
./escape_autotmp.go:88:13:     from ... argument (slice-literal-element) at ./escape_autotmp.go:88:13
./escape_autotmp.go:88:13:   flow: {heap} = {storage for ... argument}:
./escape_autotmp.go:88:13:     from ... argument (spill) at ./escape_autotmp.go:88:13
./escape_autotmp.go:88:13:     from fmt.Println(withResults(3)) (call parameter) at ./escape_autotmp.go:88:13
./escape_autotmp.go:87:22: fromChan(ch) escapes to heap:
./escape_autotmp.go:87:22:   flow: {storage for ... argument} = &{storage for fromChan(ch)}:
./escape_autotmp.go:87:22:     from fromChan(ch) (spill) at ./escape_autotmp.go:87:22
./escape_autotmp.go:87:22:     from ... argument (slice-literal-element) at ./escape_autotmp.go:87:13
./escape_autotmp.go:87:22:   flow: {heap} = {storage for ... argument}:
./escape_autotmp.go:87:22:     from ... argument (spill) at ./escape_autotmp.go:87:13
./escape_autotmp.go:87:22:     from fmt.Println(... argument...) (call parameter) at ./escape_autotmp.go:87:13
./escape_autotmp.go:87:13: ... argument does not escape
./escape_autotmp.go:87:22: fromChan(ch) escapes to heap
./escape_autotmp.go:88:13: ... argument does not escape
./escape_autotmp.go:88:13: .autotmp_1 escapes to heap
