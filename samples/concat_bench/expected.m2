# demo [demo.test]
./concat_test.go:11:27: b does not escape
./concat_test.go:19:29: b does not escape
./concat_test.go:27:30: b does not escape
