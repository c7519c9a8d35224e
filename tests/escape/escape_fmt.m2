# command-line-arguments
./escape_fmt.go:17:13: b escapes to heap:
./escape_fmt.go:17:13:   flow: {storage for ... argument} = &{storage for b}:
./escape_fmt.go:17:13:     from b (spill) at ./escape_fmt.go:17:13
./escape_fmt.go:17:13:     from ... argument (slice-literal-element) at ./escape_fmt.go:17:13
./escape_fmt.go:17:13:   flow: {heap} = {storage for ... argument}:
./escape_fmt.go:17:13:     from ... argument (spill) at ./escape_fmt.go:17:13
./escape_fmt.go:17:13:     from fmt.Println(... argument...) (call parameter) at ./escape_fmt.go:17:13
./escape_fmt.go:17:13: a escapes to heap:
./escape_fmt.go:17:13:   flow: {storage for ... argument} = &{storage for a}:
./escape_fmt.go:17:13:     from a (spill) at ./escape_fmt.go:17:13
./escape_fmt.go:17:13:     from ... argument (slice-literal-element) at ./escape_fmt.go:17:13
./escape_fmt.go:17:13:   flow: {heap} = {storage for ... argument}:
./escape_fmt.go:17:13:     from ... argument (spill) at ./escape_fmt.go:17:13
./escape_fmt.go:17:13:     from fmt.Println(... argument...) (call parameter) at ./escape_fmt.go:17:13
./escape_fmt.go:17:13: ... argument does not escape
./escape_fmt.go:17:13: a escapes to heap
./escape_fmt.go:17:13: b escapes to heap
./escape_fmt.go:21:23: 42 escapes to heap:
./escape_fmt.go:21:23:   flow: {storage for ... argument} = &{storage for 42}:
./escape_fmt.go:21:23:     from 42 (spill) at ./escape_fmt.go:21:23
./escape_fmt.go:21:23:     from ... argument (slice-literal-element) at ./escape_fmt.go:21:13
./escape_fmt.go:21:23:   flow: {heap} = {storage for ... argument}:
./escape_fmt.go:21:23:     from ... argument (spill) at ./escape_fmt.go:21:13
./escape_fmt.go:21:23:     from fmt.Println(... argument...) (call parameter) at ./escape_fmt.go:21:13
./escape_fmt.go:21:14: "hello" escapes to heap:
./escape_fmt.go:21:14:   flow: {storage for ... argument} = &{storage for "hello"}:
./escape_fmt.go:21:14:     from "hello" (spill) at ./escape_fmt.go:21:14
./escape_fmt.go:21:14:     from ... argument (slice-literal-element) at ./escape_fmt.go:21:13
./escape_fmt.go:21:14:   flow: {heap} = {storage for ... argument}:
./escape_fmt.go:21:14:     from ... argument (spill) at ./escape_fmt.go:21:13
./escape_fmt.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./escape_fmt.go:21:13
./escape_fmt.go:21:13: ... argument does not escape
./escape_fmt.go:21:14: "hello" escapes to heap
./escape_fmt.go:21:23: 42 escapes to heap
./escape_fmt.go:29:7: &User{...} escapes to heap:
./escape_fmt.go:29:7:   flow: u = &{storage for &User{...}}:
./escape_fmt.go:29:7:     from &User{...} (spill) at ./escape_fmt.go:29:7
./escape_fmt.go:29:7:     from u := &User{...} (assign) at ./escape_fmt.go:29:4
./escape_fmt.go:29:7:   flow: {storage for ... argument} = u:
./escape_fmt.go:29:7:     from u (interface-converted) at ./escape_fmt.go:30:13
./escape_fmt.go:29:7:     from ... argument (slice-literal-element) at ./escape_fmt.go:30:13
./escape_fmt.go:29:7:   flow: {heap} = {storage for ... argument}:
./escape_fmt.go:29:7:     from ... argument (spill) at ./escape_fmt.go:30:13
./escape_fmt.go:29:7:     from fmt.Println(... argument...) (call parameter) at ./escape_fmt.go:30:13
./escape_fmt.go:29:7: &User{...} escapes to heap
./escape_fmt.go:30:13: ... argument does not escape
./escape_fmt.go:35:13: u escapes to heap:
./escape_fmt.go:35:13:   flow: {storage for ... argument} = &{storage for u}:
./escape_fmt.go:35:13:     from u (spill) at ./escape_fmt.go:35:13
./escape_fmt.go:35:13:     from ... argument (slice-literal-element) at ./escape_fmt.go:35:13
./escape_fmt.go:35:13:   flow: {heap} = {storage for ... argument}:
./escape_fmt.go:35:13:     from ... argument (spill) at ./escape_fmt.go:35:13
./escape_fmt.go:35:13:     from fmt.Println(... argument...) (call parameter) at ./escape_fmt.go:35:13
./escape_fmt.go:35:13: ... argument does not escape
./escape_fmt.go:35:13: u escapes to heap
./escape_fmt.go:39:2: x escapes to heap:
./escape_fmt.go:39:2:   flow: {storage for ... argument} = &x:
./escape_fmt.go:39:2:     from &x (address-of) at ./escape_fmt.go:40:14
./escape_fmt.go:39:2:     from &x (interface-converted) at ./escape_fmt.go:40:14
./escape_fmt.go:39:2:     from ... argument (slice-literal-element) at ./escape_fmt.go:40:13
./escape_fmt.go:39:2:   flow: {heap} = {storage for ... argument}:
./escape_fmt.go:39:2:     from ... argument (spill) at ./escape_fmt.go:40:13
./escape_fmt.go:39:2:     from fmt.Println(... argument...) (call parameter) at ./escape_fmt.go:40:13
./escape_fmt.go:39:2: moved to heap: x
./escape_fmt.go:40:13: ... argument does not escape
./escape_fmt.go:44:13: s escapes to heap:
./escape_fmt.go:44:13:   flow: {storage for ... argument} = &{storage for s}:
./escape_fmt.go:44:13:     from s (spill) at ./escape_fmt.go:44:13
./escape_fmt.go:44:13:     from ... argument (slice-literal-element) at ./escape_fmt.go:44:12
./escape_fmt.go:44:13:   flow: {heap} = {storage for ... argument}:
./escape_fmt.go:44:13:     from ... argument (spill) at ./escape_fmt.go:44:12
./escape_fmt.go:44:13:     from fmt.Printf("%d %s\n", ... argument...) (call parameter) at ./escape_fmt.go:44:12
./escape_fmt.go:44:13: n escapes to heap:
./escape_fmt.go:44:13:   flow: {storage for ... argument} = &{storage for n}:
./escape_fmt.go:44:13:     from n (spill) at ./escape_fmt.go:44:13
./escape_fmt.go:44:13:     from ... argument (slice-literal-element) at ./escape_fmt.go:44:12
./escape_fmt.go:44:13:   flow: {heap} = {storage for ... argument}:
./escape_fmt.go:44:13:     from ... argument (spill) at ./escape_fmt.go:44:12
./escape_fmt.go:44:13:     from fmt.Printf("%d %s\n", ... argument...) (call parameter) at ./escape_fmt.go:44:12
./escape_fmt.go:43:20: parameter s leaks to {storage for s} with derefs=0:
./escape_fmt.go:43:20:   flow: {storage for s} = s:
./escape_fmt.go:43:20:     from s (interface-converted) at ./escape_fmt.go:44:13
./escape_fmt.go:43:20: leaking param: s
./escape_fmt.go:44:12: ... argument does not escape
./escape_fmt.go:44:13: n escapes to heap
./escape_fmt.go:44:13: s escapes to heap
./escape_fmt.go:48:21: n escapes to heap:
./escape_fmt.go:48:21:   flow: {storage for ... argument} = &{storage for n}:
./escape_fmt.go:48:21:     from n (spill) at ./escape_fmt.go:48:21
./escape_fmt.go:48:21:     from ... argument (slice-literal-element) at ./escape_fmt.go:48:20
./escape_fmt.go:48:21:   flow: {heap} = {storage for ... argument}:
./escape_fmt.go:48:21:     from ... argument (spill) at ./escape_fmt.go:48:20
./escape_fmt.go:48:21:     from fmt.Sprintf("n=%d", ... argument...) (call parameter) at ./escape_fmt.go:48:20
./escape_fmt.go:48:20: ... argument does not escape
./escape_fmt.go:48:21: n escapes to heap
./escape_fmt.go:52:17: f escapes to heap:
./escape_fmt.go:52:17:   flow: {storage for ... argument} = &{storage for f}:
./escape_fmt.go:52:17:     from f (spill) at ./escape_fmt.go:52:17
./escape_fmt.go:52:17:     from ... argument (slice-literal-element) at ./escape_fmt.go:52:17
./escape_fmt.go:52:17:   flow: {heap} = {storage for ... argument}:
./escape_fmt.go:52:17:     from ... argument (spill) at ./escape_fmt.go:52:17
./escape_fmt.go:52:17:     from fmt.Sprint(... argument...) (call parameter) at ./escape_fmt.go:52:17
./escape_fmt.go:52:17: ... argument does not escape
./escape_fmt.go:52:17: f escapes to heap
./escape_fmt.go:56:17: parameter e leaks to {heap} with derefs=0:
./escape_fmt.go:56:17:   flow: {storage for ... argument} = e:
./escape_fmt.go:56:17:     from ... argument (slice-literal-element) at ./escape_fmt.go:57:13
./escape_fmt.go:56:17:   flow: {heap} = {storage for ... argument}:
./escape_fmt.go:56:17:     from ... argument (spill) at ./escape_fmt.go:57:13
./escape_fmt.go:56:17:     from fmt.Println(... argument...) (call parameter) at ./escape_fmt.go:57:13
./escape_fmt.go:56:17: leaking param: e
./escape_fmt.go:57:13: ... argument does not escape
./escape_fmt.go:61:20: len(s) escapes to heap:
./escape_fmt.go:61:20:   flow: {storage for ... argument} = &{storage for len(s)}:
./escape_fmt.go:61:20:     from len(s) (spill) at ./escape_fmt.go:61:20
./escape_fmt.go:61:20:     from ... argument (slice-literal-element) at ./escape_fmt.go:61:13
./escape_fmt.go:61:20:   flow: {heap} = {storage for ... argument}:
./escape_fmt.go:61:20:     from ... argument (spill) at ./escape_fmt.go:61:13
./escape_fmt.go:61:20:     from fmt.Println(... argument...) (call parameter) at ./escape_fmt.go:61:13
./escape_fmt.go:61:13: s escapes to heap:
./escape_fmt.go:61:13:   flow: {storage for ... argument} = &{storage for s}:
./escape_fmt.go:61:13:     from s (spill) at ./escape_fmt.go:61:13
./escape_fmt.go:61:13:     from ... argument (slice-literal-element) at ./escape_fmt.go:61:13
./escape_fmt.go:61:13:   flow: {heap} = {storage for ... argument}:
./escape_fmt.go:61:13:     from ... argument (spill) at ./escape_fmt.go:61:13
./escape_fmt.go:61:13:     from fmt.Println(... argument...) (call parameter) at ./escape_fmt.go:61:13
./escape_fmt.go:60:17: parameter s leaks to {storage for s} with derefs=0:
./escape_fmt.go:60:17:   flow: {storage for s} = s:
./escape_fmt.go:60:17:     from s (interface-converted) at ./escape_fmt.go:61:13
./escape_fmt.go:60:17: leaking param: s
./escape_fmt.go:61:13: ... argument does not escape
./escape_fmt.go:61:13: s escapes to heap
./escape_fmt.go:61:20: len(s) escapes to heap
./escape_fmt.go:65:21: sprintf(3) escapes to heap:
./escape_fmt.go:65:21:   flow: {storage for ... argument} = &{storage for sprintf(3)}:
./escape_fmt.go:65:21:     from sprintf(3) (spill) at ./escape_fmt.go:65:21
./escape_fmt.go:65:21:     from ... argument (slice-literal-element) at ./escape_fmt.go:65:13
./escape_fmt.go:65:21:   flow: {heap} = {storage for ... argument}:
./escape_fmt.go:65:21:     from ... argument (spill) at ./escape_fmt.go:65:13
./escape_fmt.go:65:21:     from fmt.Println(... argument...) (call parameter) at ./escape_fmt.go:65:13
./escape_fmt.go:65:13: ... argument does not escape
./escape_fmt.go:65:21: sprintf(3) escapes to heap
./escape_fmt.go:80:20: sprint(1.5) escapes to heap:
./escape_fmt.go:80:20:   flow: {storage for ... argument} = &{storage for sprint(1.5)}:
./escape_fmt.go:80:20:     from sprint(1.5) (spill) at ./escape_fmt.go:80:20
./escape_fmt.go:80:20:     from ... argument (slice-literal-element) at ./escape_fmt.go:80:13
./escape_fmt.go:80:20:   flow: {heap} = {storage for ... argument}:
./escape_fmt.go:80:20:     from ... argument (spill) at ./escape_fmt.go:80:13
./escape_fmt.go:80:20:     from fmt.Println(... argument...) (call parameter) at ./escape_fmt.go:80:13
./escape_fmt.go:80:13: ... argument does not escape
./escape_fmt.go:80:20: sprint(1.5) escapes to heap
