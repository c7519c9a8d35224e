# command-line-arguments
./escape_smallframes.go:26:10: new(block) does not escape
./escape_smallframes.go:27:7: &block{} does not escape
./escape_smallframes.go:28:11: make([]byte, 20000) does not escape
./escape_smallframes.go:29:11: make([]byte, 10000) does not escape
