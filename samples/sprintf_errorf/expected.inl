# command-line-arguments
./main.go:11:6: can inline describe
./main.go:15:6: can inline lookup
./main.go:20:22: inlining call to describe
./main.go:20:13: inlining call to fmt.Println
./main.go:21:15: inlining call to lookup
./main.go:22:13: inlining call to fmt.Println
./main.go:23:13: inlining call to fmt.Println
./main.go:8:29: inlining call to errors.New
./main.go:11:23: leaking param: name
./main.go:12:20: ... argument does not escape
./main.go:12:21: id escapes to heap
./main.go:12:21: name escapes to heap
./main.go:16:19: ... argument does not escape
./main.go:16:20: id escapes to heap
./main.go:20:13: ... argument does not escape
./main.go:20:22: ~R0 escapes to heap
./main.go:20:22: ... argument does not escape
./main.go:20:22: id escapes to heap
./main.go:20:22: name escapes to heap
./main.go:21:15: ... argument does not escape
./main.go:21:15: id escapes to heap
./main.go:22:13: ... argument does not escape
./main.go:23:13: ... argument does not escape
./main.go:23:23: errors.Is(err, errNotFound) escapes to heap
./main.go:8:29: &errors.errorString{...} escapes to heap
