# command-line-arguments
./main.go:14:11: inlining call to strings.(*Builder).Grow
./main.go:14:11: inlining call to strings.(*Builder).copyCheck
./main.go:14:11: inlining call to strings.noescape
./main.go:14:11: inlining call to strings.(*Builder).grow
./main.go:16:31: inlining call to strings.(*Builder).WriteByte
./main.go:16:31: inlining call to strings.(*Builder).copyCheck
./main.go:16:31: inlining call to strings.noescape
./main.go:17:22: inlining call to strings.(*Builder).WriteString
./main.go:17:22: inlining call to strings.(*Builder).copyCheck
./main.go:17:22: inlining call to strings.noescape
./main.go:19:20: inlining call to strings.(*Builder).String
./main.go:23:13: inlining call to fmt.Println
./main.go:9:22: parts does not escape
./main.go:14:11: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./main.go:14:11: (interface {})(string("strings.Builder.Grow: negative count")) escapes to heap
./main.go:14:11: make([]byte, len(strings.b.buf), int(2) * cap(strings.b.buf) + strings.n) escapes to heap
./main.go:16:31: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./main.go:17:22: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./main.go:23:13: ... argument does not escape
./main.go:23:29: JoinWithBuilder([]string{...}) escapes to heap
./main.go:23:38: []string{...} does not escape
