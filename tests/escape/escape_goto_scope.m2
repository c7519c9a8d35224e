# command-line-arguments
./escape_goto_scope.go:20:10: new(int) escapes to heap:
./escape_goto_scope.go:20:10:   flow: q = &{storage for new(int)}:
./escape_goto_scope.go:20:10:     from new(int) (spill) at ./escape_goto_scope.go:20:10
./escape_goto_scope.go:20:10:     from q := new(int) (assign) at ./escape_goto_scope.go:20:4
./escape_goto_scope.go:20:10:   flow: ~r0 = q:
./escape_goto_scope.go:20:10:     from return q (return) at ./escape_goto_scope.go:21:2
./escape_goto_scope.go:17:10: new(int) does not escape
./escape_goto_scope.go:20:10: new(int) escapes to heap
./escape_goto_scope.go:32:10: new(int) escapes to heap:
./escape_goto_scope.go:32:10:   flow: p = &{storage for new(int)}:
./escape_goto_scope.go:32:10:     from new(int) (spill) at ./escape_goto_scope.go:32:10
./escape_goto_scope.go:32:10:     from p = new(int) (assign) at ./escape_goto_scope.go:32:5
./escape_goto_scope.go:32:10: new(int) escapes to heap
./escape_goto_scope.go:34:10: new(int) does not escape
./escape_goto_scope.go:47:9: new(int) does not escape
./escape_goto_scope.go:60:9: new(int) escapes to heap:
./escape_goto_scope.go:60:9:   flow: p = &{storage for new(int)}:
./escape_goto_scope.go:60:9:     from new(int) (spill) at ./escape_goto_scope.go:60:9
./escape_goto_scope.go:60:9:     from p = new(int) (assign) at ./escape_goto_scope.go:60:4
./escape_goto_scope.go:60:9: new(int) escapes to heap
./escape_goto_scope.go:70:9: new(int) does not escape
