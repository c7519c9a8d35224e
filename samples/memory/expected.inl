# command-line-arguments
./main.go:18:6: can inline makeSmall
./main.go:23:6: can inline makeSmallValue
./main.go:36:12: inlining call to fmt.Printf
./main.go:43:33: inlining call to makeSmall
./main.go:54:50: inlining call to makeSmallValue
./main.go:71:12: inlining call to fmt.Printf
./main.go:72:12: inlining call to fmt.Printf
./main.go:19:9: &Small{...} escapes to heap
./main.go:33:20: leaking param: tag
./main.go:36:12: ... argument does not escape
./main.go:36:13: tag escapes to heap
./main.go:37:4: m.NumGC escapes to heap
./main.go:37:23: m.HeapAlloc / 1024 escapes to heap
./main.go:37:31: m.HeapObjects escapes to heap
./main.go:43:33: &Small{...} escapes to heap
./main.go:71:12: ... argument does not escape
./main.go:71:62: m1.Mallocs - m0.Mallocs escapes to heap
./main.go:72:12: ... argument does not escape
./main.go:72:62: m2.Mallocs - m1.Mallocs escapes to heap
