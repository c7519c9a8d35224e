# command-line-arguments
./escape_spell_embedded.go:14:7: c does not escape
./escape_spell_embedded.go:28:7: n does not escape
./escape_spell_embedded.go:42:21: Counter.Value(s.Counter) escapes to heap:
./escape_spell_embedded.go:42:21:   flow: {storage for ... argument} = &{storage for Counter.Value(s.Counter)}:
./escape_spell_embedded.go:42:21:     from Counter.Value(s.Counter) (spill) at ./escape_spell_embedded.go:42:21
./escape_spell_embedded.go:42:21:     from ... argument (slice-literal-element) at ./escape_spell_embedded.go:42:13
./escape_spell_embedded.go:42:21:   flow: {heap} = {storage for ... argument}:
./escape_spell_embedded.go:42:21:     from ... argument (spill) at ./escape_spell_embedded.go:42:13
./escape_spell_embedded.go:42:21:     from fmt.Println(... argument...) (call parameter) at ./escape_spell_embedded.go:42:13
./escape_spell_embedded.go:42:13: ... argument does not escape
./escape_spell_embedded.go:42:21: Counter.Value(s.Counter) escapes to heap
./escape_spell_embedded.go:46:21: Counter.Value(p.Counter) escapes to heap:
./escape_spell_embedded.go:46:21:   flow: {storage for ... argument} = &{storage for Counter.Value(p.Counter)}:
./escape_spell_embedded.go:46:21:     from Counter.Value(p.Counter) (spill) at ./escape_spell_embedded.go:46:21
./escape_spell_embedded.go:46:21:     from ... argument (slice-literal-element) at ./escape_spell_embedded.go:46:13
./escape_spell_embedded.go:46:21:   flow: {heap} = {storage for ... argument}:
./escape_spell_embedded.go:46:21:     from ... argument (spill) at ./escape_spell_embedded.go:46:13
./escape_spell_embedded.go:46:21:     from fmt.Println(... argument...) (call parameter) at ./escape_spell_embedded.go:46:13
./escape_spell_embedded.go:45:16: p does not escape
./escape_spell_embedded.go:46:13: ... argument does not escape
./escape_spell_embedded.go:46:21: Counter.Value(p.Counter) escapes to heap
./escape_spell_embedded.go:50:21: Counter.Value(d.Stats.Counter) escapes to heap:
./escape_spell_embedded.go:50:21:   flow: {storage for ... argument} = &{storage for Counter.Value(d.Stats.Counter)}:
./escape_spell_embedded.go:50:21:     from Counter.Value(d.Stats.Counter) (spill) at ./escape_spell_embedded.go:50:21
./escape_spell_embedded.go:50:21:     from ... argument (slice-literal-element) at ./escape_spell_embedded.go:50:13
./escape_spell_embedded.go:50:21:   flow: {heap} = {storage for ... argument}:
./escape_spell_embedded.go:50:21:     from ... argument (spill) at ./escape_spell_embedded.go:50:13
./escape_spell_embedded.go:50:21:     from fmt.Println(... argument...) (call parameter) at ./escape_spell_embedded.go:50:13
./escape_spell_embedded.go:49:16: d does not escape
./escape_spell_embedded.go:50:13: ... argument does not escape
./escape_spell_embedded.go:50:21: Counter.Value(d.Stats.Counter) escapes to heap
./escape_spell_embedded.go:54:21: Counter.Value(e.Counter) escapes to heap:
./escape_spell_embedded.go:54:21:   flow: {storage for ... argument} = &{storage for Counter.Value(e.Counter)}:
./escape_spell_embedded.go:54:21:     from Counter.Value(e.Counter) (spill) at ./escape_spell_embedded.go:54:21
./escape_spell_embedded.go:54:21:     from ... argument (slice-literal-element) at ./escape_spell_embedded.go:54:13
./escape_spell_embedded.go:54:21:   flow: {heap} = {storage for ... argument}:
./escape_spell_embedded.go:54:21:     from ... argument (spill) at ./escape_spell_embedded.go:54:13
./escape_spell_embedded.go:54:21:     from fmt.Println(... argument...) (call parameter) at ./escape_spell_embedded.go:54:13
./escape_spell_embedded.go:53:26: e does not escape
./escape_spell_embedded.go:54:13: ... argument does not escape
./escape_spell_embedded.go:54:21: Counter.Value(e.Counter) escapes to heap
./escape_spell_embedded.go:60:22: Named.Label(c.Named) escapes to heap:
./escape_spell_embedded.go:60:22:   flow: {storage for ... argument} = &{storage for Named.Label(c.Named)}:
./escape_spell_embedded.go:60:22:     from Named.Label(c.Named) (spill) at ./escape_spell_embedded.go:60:22
./escape_spell_embedded.go:60:22:     from ... argument (slice-literal-element) at ./escape_spell_embedded.go:60:14
./escape_spell_embedded.go:60:22:   flow: {heap} = {storage for ... argument}:
./escape_spell_embedded.go:60:22:     from ... argument (spill) at ./escape_spell_embedded.go:60:14
./escape_spell_embedded.go:60:22:     from fmt.Println(... argument...) (call parameter) at ./escape_spell_embedded.go:60:14
./escape_spell_embedded.go:57:19: x does not escape
./escape_spell_embedded.go:60:14: ... argument does not escape
./escape_spell_embedded.go:60:22: Named.Label(c.Named) escapes to heap
./escape_spell_embedded.go:66:12: &Stats{} does not escape
./escape_spell_embedded.go:68:29: &Counter{} does not escape
./escape_spell_embedded.go:69:18: Cat{...} does not escape
