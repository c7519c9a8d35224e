# command-line-arguments
./escape_print.go:18:7: &T{...} does not escape
./escape_print.go:20:22: x does not escape
./escape_print.go:22:13: ([]byte)("bytes") does not escape
