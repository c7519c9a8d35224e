# command-line-arguments
./main.go:3:6: can inline getMsg
./main.go:7:6: can inline main
./main.go:8:13: inlining call to getMsg
./main.go:4:9: 'a' escapes to heap
./main.go:8:13: 'a' does not escape
