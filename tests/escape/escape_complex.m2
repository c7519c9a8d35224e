# command-line-arguments
./escape_complex.go:14:45: z escapes to heap:
./escape_complex.go:14:45:   flow: ~r0 = &{storage for z}:
./escape_complex.go:14:45:     from z (spill) at ./escape_complex.go:14:45
./escape_complex.go:14:45:     from return z (return) at ./escape_complex.go:14:38
./escape_complex.go:14:45: z escapes to heap
./escape_complex.go:16:26: z escapes to heap:
./escape_complex.go:16:26:   flow: {heap} = &{storage for z}:
./escape_complex.go:16:26:     from z (spill) at ./escape_complex.go:16:26
./escape_complex.go:16:26:     from sink = z (assign) at ./escape_complex.go:16:31
./escape_complex.go:16:26: z escapes to heap
./escape_complex.go:19:22: z does not escape
./escape_complex.go:20:25: (interface {})(1i) does not escape
./escape_complex.go:24:2: z escapes to heap:
./escape_complex.go:24:2:   flow: ~r0 = &z:
./escape_complex.go:24:2:     from &z (address-of) at ./escape_complex.go:25:9
./escape_complex.go:24:2:     from return &z (return) at ./escape_complex.go:25:2
./escape_complex.go:24:2: moved to heap: z
./escape_complex.go:29:10: new(complex128) does not escape
./escape_complex.go:31:7: &pair{...} does not escape
./escape_complex.go:47:2: c64 escapes to heap:
./escape_complex.go:47:2:   flow: {heap} = &{storage for c64}:
./escape_complex.go:47:2:     from c64 (spill) at ./escape_complex.go:47:2
./escape_complex.go:47:2:     from sink = c64 (assign) at ./escape_complex.go:47:7
./escape_complex.go:49:2: s[0] / s[1] escapes to heap:
./escape_complex.go:49:2:   flow: {heap} = &{storage for s[0] / s[1]}:
./escape_complex.go:49:2:     from s[0] / s[1] (spill) at ./escape_complex.go:49:2
./escape_complex.go:49:2:     from sink = s[0] / s[1] (assign) at ./escape_complex.go:49:7
./escape_complex.go:42:21: 1i escapes to heap:
./escape_complex.go:42:21:   flow: {storage for ... argument} = &{storage for 1i}:
./escape_complex.go:42:21:     from 1i (spill) at ./escape_complex.go:42:21
./escape_complex.go:42:21:     from ... argument (slice-literal-element) at ./escape_complex.go:42:12
./escape_complex.go:42:21:   flow: {heap} = {storage for ... argument}:
./escape_complex.go:42:21:     from ... argument (spill) at ./escape_complex.go:42:12
./escape_complex.go:42:21:     from fmt.Printf("%v\n", ... argument...) (call parameter) at ./escape_complex.go:42:12
./escape_complex.go:41:21: real(z) escapes to heap:
./escape_complex.go:41:21:   flow: {storage for ... argument} = &{storage for real(z)}:
./escape_complex.go:41:21:     from real(z) (spill) at ./escape_complex.go:41:21
./escape_complex.go:41:21:     from ... argument (slice-literal-element) at ./escape_complex.go:41:13
./escape_complex.go:41:21:   flow: {heap} = {storage for ... argument}:
./escape_complex.go:41:21:     from ... argument (spill) at ./escape_complex.go:41:13
./escape_complex.go:41:21:     from fmt.Println(... argument...) (call parameter) at ./escape_complex.go:41:13
./escape_complex.go:41:13: z escapes to heap:
./escape_complex.go:41:13:   flow: {storage for ... argument} = &{storage for z}:
./escape_complex.go:41:13:     from z (spill) at ./escape_complex.go:41:13
./escape_complex.go:41:13:     from ... argument (slice-literal-element) at ./escape_complex.go:41:13
./escape_complex.go:41:13:   flow: {heap} = {storage for ... argument}:
./escape_complex.go:41:13:     from ... argument (spill) at ./escape_complex.go:41:13
./escape_complex.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./escape_complex.go:41:13
./escape_complex.go:41:13: ... argument does not escape
./escape_complex.go:41:13: z escapes to heap
./escape_complex.go:41:21: real(z) escapes to heap
./escape_complex.go:42:12: ... argument does not escape
./escape_complex.go:42:21: 1i escapes to heap
./escape_complex.go:47:2: c64 escapes to heap
./escape_complex.go:48:19: []complex128{...} does not escape
./escape_complex.go:49:2: s[0] / s[1] escapes to heap
