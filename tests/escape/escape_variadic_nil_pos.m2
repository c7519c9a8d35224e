# command-line-arguments
./escape_variadic_nil_pos.go:9:11: p does not escape
./escape_variadic_nil_pos.go:9:19: xs does not escape
./escape_variadic_nil_pos.go:11:20: s does not escape
./escape_variadic_nil_pos.go:11:30: q does not escape
./escape_variadic_nil_pos.go:12:6: ... argument does not escape
./escape_variadic_nil_pos.go:12:7: i does not escape
./escape_variadic_nil_pos.go:13:6: ... argument does not escape
./escape_variadic_nil_pos.go:13:8: i does not escape
./escape_variadic_nil_pos.go:13:8: s does not escape
./escape_variadic_nil_pos.go:14:6: ... argument does not escape
./escape_variadic_nil_pos.go:14:6: i does not escape
./escape_variadic_nil_pos.go:14:13: s does not escape
./escape_variadic_nil_pos.go:15:6: ... argument does not escape
./escape_variadic_nil_pos.go:15:6: s does not escape
./escape_variadic_nil_pos.go:15:13: 7 does not escape
./escape_variadic_nil_pos.go:15:13: i does not escape
