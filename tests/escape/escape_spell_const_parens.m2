# command-line-arguments
./escape_spell_const_parens.go:15:28: x + (3 - 1) escapes to heap:
./escape_spell_const_parens.go:15:28:   flow: {storage for ... argument} = &{storage for x + (3 - 1)}:
./escape_spell_const_parens.go:15:28:     from x + (3 - 1) (spill) at ./escape_spell_const_parens.go:15:28
./escape_spell_const_parens.go:15:28:     from ... argument (slice-literal-element) at ./escape_spell_const_parens.go:15:13
./escape_spell_const_parens.go:15:28:   flow: {heap} = {storage for ... argument}:
./escape_spell_const_parens.go:15:28:     from ... argument (spill) at ./escape_spell_const_parens.go:15:13
./escape_spell_const_parens.go:15:28:     from fmt.Println(... argument...) (call parameter) at ./escape_spell_const_parens.go:15:13
./escape_spell_const_parens.go:15:16: x * (1 + 2) escapes to heap:
./escape_spell_const_parens.go:15:16:   flow: {storage for ... argument} = &{storage for x * (1 + 2)}:
./escape_spell_const_parens.go:15:16:     from x * (1 + 2) (spill) at ./escape_spell_const_parens.go:15:16
./escape_spell_const_parens.go:15:16:     from ... argument (slice-literal-element) at ./escape_spell_const_parens.go:15:13
./escape_spell_const_parens.go:15:16:   flow: {heap} = {storage for ... argument}:
./escape_spell_const_parens.go:15:16:     from ... argument (spill) at ./escape_spell_const_parens.go:15:13
./escape_spell_const_parens.go:15:16:     from fmt.Println(... argument...) (call parameter) at ./escape_spell_const_parens.go:15:13
./escape_spell_const_parens.go:13:52: 2 * (3 + 4) escapes to heap:
./escape_spell_const_parens.go:13:52:   flow: {storage for ... argument} = &{storage for 2 * (3 + 4)}:
./escape_spell_const_parens.go:13:52:     from 2 * (3 + 4) (spill) at ./escape_spell_const_parens.go:13:52
./escape_spell_const_parens.go:13:52:     from ... argument (slice-literal-element) at ./escape_spell_const_parens.go:13:13
./escape_spell_const_parens.go:13:52:   flow: {heap} = {storage for ... argument}:
./escape_spell_const_parens.go:13:52:     from ... argument (spill) at ./escape_spell_const_parens.go:13:13
./escape_spell_const_parens.go:13:52:     from fmt.Println(... argument...) (call parameter) at ./escape_spell_const_parens.go:13:13
./escape_spell_const_parens.go:13:46: 7 escapes to heap:
./escape_spell_const_parens.go:13:46:   flow: {storage for ... argument} = &{storage for 7}:
./escape_spell_const_parens.go:13:46:     from 7 (spill) at ./escape_spell_const_parens.go:13:46
./escape_spell_const_parens.go:13:46:     from ... argument (slice-literal-element) at ./escape_spell_const_parens.go:13:13
./escape_spell_const_parens.go:13:46:   flow: {heap} = {storage for ... argument}:
./escape_spell_const_parens.go:13:46:     from ... argument (spill) at ./escape_spell_const_parens.go:13:13
./escape_spell_const_parens.go:13:46:     from fmt.Println(... argument...) (call parameter) at ./escape_spell_const_parens.go:13:13
./escape_spell_const_parens.go:13:40: (1 + 2) * 3 escapes to heap:
./escape_spell_const_parens.go:13:40:   flow: {storage for ... argument} = &{storage for (1 + 2) * 3}:
./escape_spell_const_parens.go:13:40:     from (1 + 2) * 3 (spill) at ./escape_spell_const_parens.go:13:40
./escape_spell_const_parens.go:13:40:     from ... argument (slice-literal-element) at ./escape_spell_const_parens.go:13:13
./escape_spell_const_parens.go:13:40:   flow: {heap} = {storage for ... argument}:
./escape_spell_const_parens.go:13:40:     from ... argument (spill) at ./escape_spell_const_parens.go:13:13
./escape_spell_const_parens.go:13:40:     from fmt.Println(... argument...) (call parameter) at ./escape_spell_const_parens.go:13:13
./escape_spell_const_parens.go:13:23: (5 | 4) ^ (0 | 9) escapes to heap:
./escape_spell_const_parens.go:13:23:   flow: {storage for ... argument} = &{storage for (5 | 4) ^ (0 | 9)}:
./escape_spell_const_parens.go:13:23:     from (5 | 4) ^ (0 | 9) (spill) at ./escape_spell_const_parens.go:13:23
./escape_spell_const_parens.go:13:23:     from ... argument (slice-literal-element) at ./escape_spell_const_parens.go:13:13
./escape_spell_const_parens.go:13:23:   flow: {heap} = {storage for ... argument}:
./escape_spell_const_parens.go:13:23:     from ... argument (spill) at ./escape_spell_const_parens.go:13:13
./escape_spell_const_parens.go:13:23:     from fmt.Println(... argument...) (call parameter) at ./escape_spell_const_parens.go:13:13
./escape_spell_const_parens.go:13:13: ... argument does not escape
./escape_spell_const_parens.go:13:23: (5 | 4) ^ (0 | 9) escapes to heap
./escape_spell_const_parens.go:13:40: (1 + 2) * 3 escapes to heap
./escape_spell_const_parens.go:13:46: 7 escapes to heap
./escape_spell_const_parens.go:13:52: 2 * (3 + 4) escapes to heap
./escape_spell_const_parens.go:15:13: ... argument does not escape
./escape_spell_const_parens.go:15:16: x * (1 + 2) escapes to heap
./escape_spell_const_parens.go:15:28: x + (3 - 1) escapes to heap
