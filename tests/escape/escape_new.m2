# command-line-arguments
./escape_new.go:15:10: new(Obj) does not escape
./escape_new.go:21:12: new(Obj) escapes to heap:
./escape_new.go:21:12:   flow: ~r0 = &{storage for new(Obj)}:
./escape_new.go:21:12:     from new(Obj) (spill) at ./escape_new.go:21:12
./escape_new.go:21:12:     from return new(Obj) (return) at ./escape_new.go:21:2
./escape_new.go:21:12: new(Obj) escapes to heap
./escape_new.go:25:12: new(Obj) escapes to heap:
./escape_new.go:25:12:   flow: {heap} = &{storage for new(Obj)}:
./escape_new.go:25:12:     from new(Obj) (spill) at ./escape_new.go:25:12
./escape_new.go:25:12:     from gobj = new(Obj) (assign) at ./escape_new.go:25:7
./escape_new.go:25:12: new(Obj) escapes to heap
./escape_new.go:30:10: new(Obj) escapes to heap:
./escape_new.go:30:10:   flow: b = &{storage for new(Obj)}:
./escape_new.go:30:10:     from new(Obj) (spill) at ./escape_new.go:30:10
./escape_new.go:30:10:     from b := new(Obj) (assign) at ./escape_new.go:30:4
./escape_new.go:30:10:   flow: {heap} = b:
./escape_new.go:30:10:     from a.next = b (assign) at ./escape_new.go:31:9
./escape_new.go:29:10: new(Obj) escapes to heap:
./escape_new.go:29:10:   flow: a = &{storage for new(Obj)}:
./escape_new.go:29:10:     from new(Obj) (spill) at ./escape_new.go:29:10
./escape_new.go:29:10:     from a := new(Obj) (assign) at ./escape_new.go:29:4
./escape_new.go:29:10:   flow: ~r0 = a:
./escape_new.go:29:10:     from return a (return) at ./escape_new.go:32:2
./escape_new.go:29:10: new(Obj) escapes to heap
./escape_new.go:30:10: new(Obj) escapes to heap
./escape_new.go:39:10: new(Obj) escapes to heap:
./escape_new.go:39:10:   flow: b = &{storage for new(Obj)}:
./escape_new.go:39:10:     from new(Obj) (spill) at ./escape_new.go:39:10
./escape_new.go:39:10:     from b := new(Obj) (assign) at ./escape_new.go:39:4
./escape_new.go:39:10:   flow: {heap} = b:
./escape_new.go:39:10:     from a.next = b (assign) at ./escape_new.go:40:9
./escape_new.go:38:10: new(Obj) does not escape
./escape_new.go:39:10: new(Obj) escapes to heap
./escape_new.go:45:12: new(int) escapes to heap:
./escape_new.go:45:12:   flow: ~r0 = &{storage for new(int)}:
./escape_new.go:45:12:     from new(int) (spill) at ./escape_new.go:45:12
./escape_new.go:45:12:     from return new(int) (return) at ./escape_new.go:45:2
./escape_new.go:45:12: new(int) escapes to heap
./escape_new.go:49:10: new([]int) does not escape
./escape_new.go:55:10: new([100]int) does not escape
./escape_new.go:65:13: o does not escape
./escape_new.go:61:10: new(Obj) does not escape
./escape_new.go:74:11: parameter o leaks to {heap} with derefs=0:
./escape_new.go:74:11:   flow: {heap} = o:
./escape_new.go:74:11:     from gobj = o (assign) at ./escape_new.go:75:7
./escape_new.go:74:11: leaking param: o
./escape_new.go:70:10: new(Obj) escapes to heap:
./escape_new.go:70:10:   flow: o = &{storage for new(Obj)}:
./escape_new.go:70:10:     from new(Obj) (spill) at ./escape_new.go:70:10
./escape_new.go:70:10:     from o := new(Obj) (assign) at ./escape_new.go:70:4
./escape_new.go:70:10:   flow: {heap} = o:
./escape_new.go:70:10:     from keep(o) (call parameter) at ./escape_new.go:71:6
./escape_new.go:70:10: new(Obj) escapes to heap
./escape_new.go:79:10: new(string) escapes to heap:
./escape_new.go:79:10:   flow: s = &{storage for new(string)}:
./escape_new.go:79:10:     from new(string) (spill) at ./escape_new.go:79:10
./escape_new.go:79:10:     from s := new(string) (assign) at ./escape_new.go:79:4
./escape_new.go:79:10:   flow: ~r0 = s:
./escape_new.go:79:10:     from return s (return) at ./escape_new.go:81:2
./escape_new.go:79:10: new(string) escapes to heap
