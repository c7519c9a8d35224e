# command-line-arguments
./main.go:9:2: 3 escapes to heap:
./main.go:9:2:   flow: {heap} = &{storage for 3}:
./main.go:9:2:     from 3 (spill) at ./main.go:9:2
./main.go:9:2:     from data[0] = 3 (assign) at ./main.go:9:10
./main.go:6:27: 2 escapes to heap:
./main.go:6:27:   flow: {storage for []interface {}{...}} = &{storage for 2}:
./main.go:6:27:     from 2 (spill) at ./main.go:6:27
./main.go:6:27:     from []interface {}{...} (slice-literal-element) at ./main.go:6:23
./main.go:6:27:   flow: data = &{storage for []interface {}{...}}:
./main.go:6:27:     from []interface {}{...} (spill) at ./main.go:6:23
./main.go:6:27:     from data := []interface {}{...} (assign) at ./main.go:6:7
./main.go:6:27:   flow: val = *data:
./main.go:6:27:     from data[0] (dot of pointer) at ./main.go:7:13
./main.go:6:27:     from val := data[0] (assign) at ./main.go:7:6
./main.go:6:27:   flow: {storage for ... argument} = val:
./main.go:6:27:     from ... argument (slice-literal-element) at ./main.go:8:12
./main.go:6:27:   flow: {heap} = {storage for ... argument}:
./main.go:6:27:     from ... argument (spill) at ./main.go:8:12
./main.go:6:27:     from fmt.Printf("%v\n", ... argument...) (call parameter) at ./main.go:8:12
./main.go:6:24: 1 escapes to heap:
./main.go:6:24:   flow: {storage for []interface {}{...}} = &{storage for 1}:
./main.go:6:24:     from 1 (spill) at ./main.go:6:24
./main.go:6:24:     from []interface {}{...} (slice-literal-element) at ./main.go:6:23
./main.go:6:24:   flow: data = &{storage for []interface {}{...}}:
./main.go:6:24:     from []interface {}{...} (spill) at ./main.go:6:23
./main.go:6:24:     from data := []interface {}{...} (assign) at ./main.go:6:7
./main.go:6:24:   flow: val = *data:
./main.go:6:24:     from data[0] (dot of pointer) at ./main.go:7:13
./main.go:6:24:     from val := data[0] (assign) at ./main.go:7:6
./main.go:6:24:   flow: {storage for ... argument} = val:
./main.go:6:24:     from ... argument (slice-literal-element) at ./main.go:8:12
./main.go:6:24:   flow: {heap} = {storage for ... argument}:
./main.go:6:24:     from ... argument (spill) at ./main.go:8:12
./main.go:6:24:     from fmt.Printf("%v\n", ... argument...) (call parameter) at ./main.go:8:12
./main.go:6:23: []interface {}{...} does not escape
./main.go:6:24: 1 escapes to heap
./main.go:6:27: 2 escapes to heap
./main.go:8:12: ... argument does not escape
./main.go:9:2: 3 escapes to heap
