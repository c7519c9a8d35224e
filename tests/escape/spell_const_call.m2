# command-line-arguments
./spell_const_call.go:14:50: len(k + "c") escapes to heap:
./spell_const_call.go:14:50:   flow: {storage for ... argument} = &{storage for len(k + "c")}:
./spell_const_call.go:14:50:     from len(k + "c") (spill) at ./spell_const_call.go:14:50
./spell_const_call.go:14:50:     from ... argument (slice-literal-element) at ./spell_const_call.go:14:13
./spell_const_call.go:14:50:   flow: {heap} = {storage for ... argument}:
./spell_const_call.go:14:50:     from ... argument (spill) at ./spell_const_call.go:14:13
./spell_const_call.go:14:50:     from fmt.Println(... argument...) (call parameter) at ./spell_const_call.go:14:13
./spell_const_call.go:14:35: cap([3]int{}) escapes to heap:
./spell_const_call.go:14:35:   flow: {storage for ... argument} = &{storage for cap([3]int{})}:
./spell_const_call.go:14:35:     from cap([3]int{}) (spill) at ./spell_const_call.go:14:35
./spell_const_call.go:14:35:     from ... argument (slice-literal-element) at ./spell_const_call.go:14:13
./spell_const_call.go:14:35:   flow: {heap} = {storage for ... argument}:
./spell_const_call.go:14:35:     from ... argument (spill) at ./spell_const_call.go:14:13
./spell_const_call.go:14:35:     from fmt.Println(... argument...) (call parameter) at ./spell_const_call.go:14:13
./spell_const_call.go:14:17: len(("x" + "a")) escapes to heap:
./spell_const_call.go:14:17:   flow: {storage for ... argument} = &{storage for len(("x" + "a"))}:
./spell_const_call.go:14:17:     from len(("x" + "a")) (spill) at ./spell_const_call.go:14:17
./spell_const_call.go:14:17:     from ... argument (slice-literal-element) at ./spell_const_call.go:14:13
./spell_const_call.go:14:17:   flow: {heap} = {storage for ... argument}:
./spell_const_call.go:14:17:     from ... argument (spill) at ./spell_const_call.go:14:13
./spell_const_call.go:14:17:     from fmt.Println(... argument...) (call parameter) at ./spell_const_call.go:14:13
./spell_const_call.go:14:13: ... argument does not escape
./spell_const_call.go:14:17: len(("x" + "a")) escapes to heap
./spell_const_call.go:14:35: cap([3]int{}) escapes to heap
./spell_const_call.go:14:50: len(k + "c") escapes to heap
