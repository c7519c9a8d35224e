# command-line-arguments
./escape_decl_conv.go:23:7: u does not escape
./escape_decl_conv.go:23:22: p does not escape
./escape_decl_conv.go:33:31: upper{...} does not escape
./escape_decl_conv.go:34:31: pair{...} does not escape
./escape_decl_conv.go:35:34: pair{...} does not escape
./escape_decl_conv.go:36:27: pair{...} does not escape
./escape_decl_conv.go:37:22: x + 1 does not escape
./escape_decl_conv.go:38:28: []int{...}[0] does not escape
./escape_decl_conv.go:38:27: []int{...} does not escape
./escape_decl_conv.go:39:37: strings.ToUpper("a") does not escape
./escape_decl_conv.go:40:15: []pair{...} does not escape
./escape_decl_conv.go:41:27: arr[x - 3] does not escape
