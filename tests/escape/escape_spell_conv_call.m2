# command-line-arguments
./escape_spell_conv_call.go:12:18: parameter x leaks to ~r0 with derefs=0:
./escape_spell_conv_call.go:12:18:   flow: ~r0 = x:
./escape_spell_conv_call.go:12:18:     from &x (address-of) at ./escape_spell_conv_call.go:13:33
./escape_spell_conv_call.go:12:18:     from *(**int)(unsafe.Pointer(&x)) (indirection) at ./escape_spell_conv_call.go:13:9
./escape_spell_conv_call.go:12:18:     from return *(**int)(unsafe.Pointer(&x)) (return) at ./escape_spell_conv_call.go:13:2
./escape_spell_conv_call.go:12:18: leaking param: x to result ~r0 level=0
./escape_spell_conv_call.go:16:11: bind capturing by value: p (addr=false assign=false width=8)
./escape_spell_conv_call.go:17:9: func literal escapes to heap:
./escape_spell_conv_call.go:17:9:   flow: ~r0 = &{storage for func literal}:
./escape_spell_conv_call.go:17:9:     from func literal (spill) at ./escape_spell_conv_call.go:17:9
./escape_spell_conv_call.go:17:9:     from return func literal (return) at ./escape_spell_conv_call.go:17:2
./escape_spell_conv_call.go:16:11: parameter p leaks to {storage for func literal} with derefs=0:
./escape_spell_conv_call.go:16:11:   flow: {storage for func literal} = p:
./escape_spell_conv_call.go:16:11:     from p (captured by a closure) at ./escape_spell_conv_call.go:17:23
./escape_spell_conv_call.go:16:11: leaking param: p
./escape_spell_conv_call.go:17:9: func literal escapes to heap
./escape_spell_conv_call.go:20:10: parameter p leaks to {heap} with derefs=0:
./escape_spell_conv_call.go:20:10:   flow: {heap} = p:
./escape_spell_conv_call.go:20:10:     from bind(p) (call parameter) at ./escape_spell_conv_call.go:21:6
./escape_spell_conv_call.go:20:10: leaking param: p
./escape_spell_conv_call.go:26:2: n escapes to heap:
./escape_spell_conv_call.go:26:2:   flow: {heap} = &n:
./escape_spell_conv_call.go:26:2:     from &n (address-of) at ./escape_spell_conv_call.go:28:6
./escape_spell_conv_call.go:26:2:     from run(&n) (call parameter) at ./escape_spell_conv_call.go:28:5
./escape_spell_conv_call.go:26:2: moved to heap: n
