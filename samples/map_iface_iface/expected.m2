# command-line-arguments
./main.go:9:2: "BlogName" escapes to heap:
./main.go:9:2:   flow: {heap} = &{storage for "BlogName"}:
./main.go:9:2:     from "BlogName" (spill) at ./main.go:9:2
./main.go:9:2:     from dat["BlogName"] (key of map put) at ./main.go:9:5
./main.go:9:2: "Kyden's Blog" escapes to heap:
./main.go:9:2:   flow: {heap} = &{storage for "Kyden's Blog"}:
./main.go:9:2:     from "Kyden's Blog" (spill) at ./main.go:9:2
./main.go:9:2:     from dat["BlogName"] = "Kyden's Blog" (assign) at ./main.go:9:18
./main.go:8:13: make(map[interface {}]interface {}) does not escape
./main.go:9:2: "BlogName" escapes to heap
./main.go:9:2: "Kyden's Blog" escapes to heap
./main.go:10:9: "BlogName" does not escape
./main.go:11:12: ... argument does not escape
