# command-line-arguments
./escape_pkg_misc.go:19:12: b does not escape
./escape_pkg_misc.go:20:58: string(b) does not escape
./escape_pkg_misc.go:24:13: make([]byte, 4) does not escape
./escape_pkg_misc.go:28:14: s does not escape
./escape_pkg_misc.go:38:14: shuffle capturing by value: xs (addr=false assign=false width=24)
./escape_pkg_misc.go:38:14: xs does not escape
./escape_pkg_misc.go:39:24: func literal does not escape
