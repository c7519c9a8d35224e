# demo [demo.test]
./concat_test.go:14:26: inlining call to strconv.Itoa
./concat_test.go:22:37: inlining call to strconv.Itoa
./concat_test.go:24:19: inlining call to bytes.(*Buffer).String
./concat_test.go:30:36: inlining call to strconv.Itoa
./concat_test.go:30:23: inlining call to strings.(*Builder).WriteString
./concat_test.go:30:23: inlining call to strings.(*Builder).copyCheck
./concat_test.go:30:23: inlining call to strings.noescape
./concat_test.go:32:18: inlining call to strings.(*Builder).String
./concat_test.go:11:27: b does not escape
./concat_test.go:19:29: b does not escape
./concat_test.go:24:19: string(bytes.b.buf[bytes.b.off:]) does not escape
./concat_test.go:27:30: b does not escape
./concat_test.go:30:23: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
