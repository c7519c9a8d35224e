# command-line-arguments
./main.go:7:2: "Kyden's Blog" escapes to heap:
./main.go:7:2:   flow: {heap} = &{storage for "Kyden's Blog"}:
./main.go:7:2:     from "Kyden's Blog" (spill) at ./main.go:7:2
./main.go:7:2:     from dat["BlogName"] = "Kyden's Blog" (assign) at ./main.go:7:18
./main.go:6:13: make(map[string]interface {}) does not escape
./main.go:7:2: "Kyden's Blog" escapes to heap
./main.go:9:12: ... argument does not escape
