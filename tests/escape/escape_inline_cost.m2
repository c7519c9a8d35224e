# command-line-arguments
./escape_inline_cost.go:15:7: p does not escape
