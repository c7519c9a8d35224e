# command-line-arguments
./escape_list.go:16:10: &Elem{...} escapes to heap:
./escape_list.go:16:10:   flow: head = &{storage for &Elem{...}}:
./escape_list.go:16:10:     from &Elem{...} (spill) at ./escape_list.go:16:10
./escape_list.go:16:10:     from head = &Elem{...} (assign) at ./escape_list.go:16:8
./escape_list.go:16:10: &Elem{...} escapes to heap
./escape_list.go:24:10: &Elem{...} escapes to heap:
./escape_list.go:24:10:   flow: head = &{storage for &Elem{...}}:
./escape_list.go:24:10:     from &Elem{...} (spill) at ./escape_list.go:24:10
./escape_list.go:24:10:     from head = &Elem{...} (assign) at ./escape_list.go:24:8
./escape_list.go:24:10:   flow: e = head:
./escape_list.go:24:10:     from e := head (assign) at ./escape_list.go:27:8
./escape_list.go:24:10: &Elem{...} escapes to heap
./escape_list.go:41:9: &Elem{...} escapes to heap:
./escape_list.go:41:9:   flow: ~r0 = &{storage for &Elem{...}}:
./escape_list.go:41:9:     from &Elem{...} (spill) at ./escape_list.go:41:9
./escape_list.go:41:9:     from return &Elem{...} (return) at ./escape_list.go:41:2
./escape_list.go:40:16: parameter head leaks to {storage for &Elem{...}} with derefs=0:
./escape_list.go:40:16:   flow: {storage for &Elem{...}} = head:
./escape_list.go:40:16:     from Elem{...} (struct literal element) at ./escape_list.go:41:14
./escape_list.go:40:16: leaking param: head
./escape_list.go:41:9: &Elem{...} escapes to heap
./escape_list.go:44:13: head does not escape
./escape_list.go:57:11: &Elem{...} escapes to heap:
./escape_list.go:57:11:   flow: {heap} = &{storage for &Elem{...}}:
./escape_list.go:57:11:     from &Elem{...} (spill) at ./escape_list.go:57:11
./escape_list.go:57:11:     from e.next = &Elem{...} (assign) at ./escape_list.go:57:9
./escape_list.go:52:17: head does not escape
./escape_list.go:57:11: &Elem{...} escapes to heap
