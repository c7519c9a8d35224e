# command-line-arguments
./main.go:10:17: s3 escapes to heap:
./main.go:10:17:   flow: {storage for ... argument} = &{storage for s3}:
./main.go:10:17:     from s3 (spill) at ./main.go:10:17
./main.go:10:17:     from ... argument (slice-literal-element) at ./main.go:10:13
./main.go:10:17:   flow: {heap} = {storage for ... argument}:
./main.go:10:17:     from ... argument (spill) at ./main.go:10:13
./main.go:10:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:10:13
./main.go:10:17: s2 escapes to heap:
./main.go:10:17:   flow: {storage for ... argument} = &{storage for s2}:
./main.go:10:17:     from s2 (spill) at ./main.go:10:17
./main.go:10:17:     from ... argument (slice-literal-element) at ./main.go:10:13
./main.go:10:17:   flow: {heap} = {storage for ... argument}:
./main.go:10:17:     from ... argument (spill) at ./main.go:10:13
./main.go:10:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:10:13
./main.go:10:17: len(b) escapes to heap:
./main.go:10:17:   flow: {storage for ... argument} = &{storage for len(b)}:
./main.go:10:17:     from len(b) (spill) at ./main.go:10:17
./main.go:10:17:     from ... argument (slice-literal-element) at ./main.go:10:13
./main.go:10:17:   flow: {heap} = {storage for ... argument}:
./main.go:10:17:     from ... argument (spill) at ./main.go:10:13
./main.go:10:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:10:13
./main.go:9:10: s + t escapes to heap:
./main.go:9:10:   flow: s3 = &{storage for s + t}:
./main.go:9:10:     from s + t (spill) at ./main.go:9:10
./main.go:9:10:     from s3 := s + t (assign) at ./main.go:9:5
./main.go:9:10:   flow: {storage for s3} = s3:
./main.go:9:10:     from s3 (interface-converted) at ./main.go:10:17
./main.go:8:14: string(b) escapes to heap:
./main.go:8:14:   flow: s2 = &{storage for string(b)}:
./main.go:8:14:     from string(b) (spill) at ./main.go:8:14
./main.go:8:14:     from s2 := string(b) (assign) at ./main.go:8:5
./main.go:8:14:   flow: {storage for s2} = s2:
./main.go:8:14:     from s2 (interface-converted) at ./main.go:10:17
./main.go:7:13: ([]byte)(s) does not escape
./main.go:8:14: string(b) escapes to heap
./main.go:9:10: s + t escapes to heap
./main.go:10:13: ... argument does not escape
./main.go:10:17: len(b) escapes to heap
./main.go:10:17: s2 escapes to heap
./main.go:10:17: s3 escapes to heap
