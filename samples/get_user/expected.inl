# command-line-arguments
./main.go:7:6: can inline GetUser
./main.go:12:6: can inline Foo
./main.go:17:6: can inline main
./main.go:18:14: inlining call to GetUser
./main.go:20:10: inlining call to Foo
./main.go:8:2: moved to heap: u
