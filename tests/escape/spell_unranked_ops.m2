# command-line-arguments
./spell_unranked_ops.go:12:2: (make(map[string]int))["a"] escapes to heap:
./spell_unranked_ops.go:12:2:   flow: {heap} = &{storage for (make(map[string]int))["a"]}:
./spell_unranked_ops.go:12:2:     from (make(map[string]int))["a"] (spill) at ./spell_unranked_ops.go:12:2
./spell_unranked_ops.go:12:2:     from sink = (make(map[string]int))["a"] (assign) at ./spell_unranked_ops.go:12:7
./spell_unranked_ops.go:13:2: (make(map[string]int))["b"] escapes to heap:
./spell_unranked_ops.go:13:2:   flow: {heap} = &{storage for (make(map[string]int))["b"]}:
./spell_unranked_ops.go:13:2:     from (make(map[string]int))["b"] (spill) at ./spell_unranked_ops.go:13:2
./spell_unranked_ops.go:13:2:     from sink = (make(map[string]int))["b"] (assign) at ./spell_unranked_ops.go:13:7
./spell_unranked_ops.go:14:2: (real(c)) + 1 escapes to heap:
./spell_unranked_ops.go:14:2:   flow: {heap} = &{storage for (real(c)) + 1}:
./spell_unranked_ops.go:14:2:     from (real(c)) + 1 (spill) at ./spell_unranked_ops.go:14:2
./spell_unranked_ops.go:14:2:     from sink = (real(c)) + 1 (assign) at ./spell_unranked_ops.go:14:7
./spell_unranked_ops.go:15:2: -(imag(c)) escapes to heap:
./spell_unranked_ops.go:15:2:   flow: {heap} = &{storage for -(imag(c))}:
./spell_unranked_ops.go:15:2:     from -(imag(c)) (spill) at ./spell_unranked_ops.go:15:2
./spell_unranked_ops.go:15:2:     from sink = -(imag(c)) (assign) at ./spell_unranked_ops.go:15:7
./spell_unranked_ops.go:16:2: len(make(chan int)) escapes to heap:
./spell_unranked_ops.go:16:2:   flow: {heap} = &{storage for len(make(chan int))}:
./spell_unranked_ops.go:16:2:     from len(make(chan int)) (spill) at ./spell_unranked_ops.go:16:2
./spell_unranked_ops.go:16:2:     from sink = len(make(chan int)) (assign) at ./spell_unranked_ops.go:16:7
./spell_unranked_ops.go:12:2: (make(map[string]int))["a"] escapes to heap
./spell_unranked_ops.go:12:13: make(map[string]int) does not escape
./spell_unranked_ops.go:13:2: (make(map[string]int))["b"] escapes to heap
./spell_unranked_ops.go:13:14: make(map[string]int) does not escape
./spell_unranked_ops.go:14:2: (real(c)) + 1 escapes to heap
./spell_unranked_ops.go:15:2: -(imag(c)) escapes to heap
./spell_unranked_ops.go:16:2: len(make(chan int)) escapes to heap
./spell_unranked_ops.go:17:8: func literal does not escape
