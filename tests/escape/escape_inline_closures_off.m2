# command-line-arguments
./escape_inline_closures_off.go:9:7: func literal does not escape
