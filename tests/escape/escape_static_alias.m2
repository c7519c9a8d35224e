# command-line-arguments
./escape_static_alias.go:8:12: p does not escape
./escape_static_alias.go:8:7: func literal does not escape
./escape_static_alias.go:11:7: new(int) does not escape
./escape_static_alias.go:12:7: new(int) does not escape
./escape_static_alias.go:15:12: p does not escape
./escape_static_alias.go:20:14: new(int) does not escape
./escape_static_alias.go:28:7: new(int) escapes to heap:
./escape_static_alias.go:28:7:   flow: {heap} = &{storage for new(int)}:
./escape_static_alias.go:28:7:     from new(int) (spill) at ./escape_static_alias.go:28:7
./escape_static_alias.go:28:7:     from g(new(int)) (call parameter) at ./escape_static_alias.go:28:3
./escape_static_alias.go:25:12: p does not escape
./escape_static_alias.go:27:11: p does not escape
./escape_static_alias.go:25:7: func literal does not escape
./escape_static_alias.go:27:6: func literal does not escape
./escape_static_alias.go:28:7: new(int) escapes to heap
