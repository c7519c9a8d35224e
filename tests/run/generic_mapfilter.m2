# command-line-arguments
./generic_mapfilter.go:15:13: make([]go.shape.int_1, 0, len(xs)) escapes to heap:
./generic_mapfilter.go:15:13:   flow: {heap} = &{storage for make([]go.shape.int_1, 0, len(xs))}:
./generic_mapfilter.go:15:13:     from make([]go.shape.int_1, 0, len(xs)) (non-constant size) at ./generic_mapfilter.go:15:13
./generic_mapfilter.go:15:13: make([]go.shape.int_1, 0, len(xs)) escapes to heap
./generic_mapfilter.go:15:13: make([]go.shape.string_1, 0, len(xs)) escapes to heap:
./generic_mapfilter.go:15:13:   flow: {heap} = &{storage for make([]go.shape.string_1, 0, len(xs))}:
./generic_mapfilter.go:15:13:     from make([]go.shape.string_1, 0, len(xs)) (non-constant size) at ./generic_mapfilter.go:15:13
./generic_mapfilter.go:15:13: make([]go.shape.string_1, 0, len(xs)) escapes to heap
./generic_mapfilter.go:32:23: parameter xs leaks to {heap} with derefs=1:
./generic_mapfilter.go:32:23:   flow: {temp} = xs:
./generic_mapfilter.go:32:23:   flow: x = *{temp}:
./generic_mapfilter.go:32:23:     from for loop (range-deref) at ./generic_mapfilter.go:34:14
./generic_mapfilter.go:32:23:   flow: {heap} = x:
./generic_mapfilter.go:32:23:     from f(acc, x) (call parameter) at ./generic_mapfilter.go:35:10
./generic_mapfilter.go:32:31: parameter init leaks to {heap} with derefs=0:
./generic_mapfilter.go:32:31:   flow: acc = init:
./generic_mapfilter.go:32:31:     from acc := init (assign) at ./generic_mapfilter.go:33:6
./generic_mapfilter.go:32:31:   flow: {heap} = acc:
./generic_mapfilter.go:32:31:     from f(acc, x) (call parameter) at ./generic_mapfilter.go:35:10
./generic_mapfilter.go:32:31: parameter init leaks to ~r0 with derefs=0:
./generic_mapfilter.go:32:31:   flow: acc = init:
./generic_mapfilter.go:32:31:     from acc := init (assign) at ./generic_mapfilter.go:33:6
./generic_mapfilter.go:32:31:   flow: ~r0 = acc:
./generic_mapfilter.go:32:31:     from return acc (return) at ./generic_mapfilter.go:37:2
./generic_mapfilter.go:67:17: Sum[go.shape.int_0](&.dict.Sum[int], nums...) escapes to heap:
./generic_mapfilter.go:67:17:   flow: {storage for ... argument} = &{storage for Sum[go.shape.int_0](&.dict.Sum[int], nums...)}:
./generic_mapfilter.go:67:17:     from Sum[go.shape.int_0](&.dict.Sum[int], nums...) (spill) at ./generic_mapfilter.go:67:17
./generic_mapfilter.go:67:17:     from ... argument (slice-literal-element) at ./generic_mapfilter.go:67:13
./generic_mapfilter.go:67:17:   flow: {heap} = {storage for ... argument}:
./generic_mapfilter.go:67:17:     from ... argument (spill) at ./generic_mapfilter.go:67:13
./generic_mapfilter.go:67:17:     from fmt.Println(... argument...) (call parameter) at ./generic_mapfilter.go:67:13
./generic_mapfilter.go:66:55: Sum[go.shape.float64_0](&.dict.Sum[main.Celsius], ... argument...) escapes to heap:
./generic_mapfilter.go:66:55:   flow: {storage for ... argument} = &{storage for Sum[go.shape.float64_0](&.dict.Sum[main.Celsius], ... argument...)}:
./generic_mapfilter.go:66:55:     from Sum[go.shape.float64_0](&.dict.Sum[main.Celsius], ... argument...) (spill) at ./generic_mapfilter.go:66:55
./generic_mapfilter.go:66:55:     from ... argument (slice-literal-element) at ./generic_mapfilter.go:66:13
./generic_mapfilter.go:66:55:   flow: {heap} = {storage for ... argument}:
./generic_mapfilter.go:66:55:     from ... argument (spill) at ./generic_mapfilter.go:66:13
./generic_mapfilter.go:66:55:     from fmt.Println(... argument...) (call parameter) at ./generic_mapfilter.go:66:13
./generic_mapfilter.go:66:31: Sum[go.shape.float64_0](&.dict.Sum[float64], ... argument...) escapes to heap:
./generic_mapfilter.go:66:31:   flow: {storage for ... argument} = &{storage for Sum[go.shape.float64_0](&.dict.Sum[float64], ... argument...)}:
./generic_mapfilter.go:66:31:     from Sum[go.shape.float64_0](&.dict.Sum[float64], ... argument...) (spill) at ./generic_mapfilter.go:66:31
./generic_mapfilter.go:66:31:     from ... argument (slice-literal-element) at ./generic_mapfilter.go:66:13
./generic_mapfilter.go:66:31:   flow: {heap} = {storage for ... argument}:
./generic_mapfilter.go:66:31:     from ... argument (spill) at ./generic_mapfilter.go:66:13
./generic_mapfilter.go:66:31:     from fmt.Println(... argument...) (call parameter) at ./generic_mapfilter.go:66:13
./generic_mapfilter.go:66:17: Sum[go.shape.int_0](&.dict.Sum[int], ... argument...) escapes to heap:
./generic_mapfilter.go:66:17:   flow: {storage for ... argument} = &{storage for Sum[go.shape.int_0](&.dict.Sum[int], ... argument...)}:
./generic_mapfilter.go:66:17:     from Sum[go.shape.int_0](&.dict.Sum[int], ... argument...) (spill) at ./generic_mapfilter.go:66:17
./generic_mapfilter.go:66:17:     from ... argument (slice-literal-element) at ./generic_mapfilter.go:66:13
./generic_mapfilter.go:66:17:   flow: {heap} = {storage for ... argument}:
./generic_mapfilter.go:66:17:     from ... argument (spill) at ./generic_mapfilter.go:66:13
./generic_mapfilter.go:66:17:     from fmt.Println(... argument...) (call parameter) at ./generic_mapfilter.go:66:13
./generic_mapfilter.go:65:13: joined escapes to heap:
./generic_mapfilter.go:65:13:   flow: {storage for ... argument} = &{storage for joined}:
./generic_mapfilter.go:65:13:     from joined (spill) at ./generic_mapfilter.go:65:13
./generic_mapfilter.go:65:13:     from ... argument (slice-literal-element) at ./generic_mapfilter.go:65:13
./generic_mapfilter.go:65:13:   flow: {heap} = {storage for ... argument}:
./generic_mapfilter.go:65:13:     from ... argument (spill) at ./generic_mapfilter.go:65:13
./generic_mapfilter.go:65:13:     from fmt.Println(... argument...) (call parameter) at ./generic_mapfilter.go:65:13
./generic_mapfilter.go:63:26: strings.Join(strs, ",") escapes to heap:
./generic_mapfilter.go:63:26:   flow: {storage for ... argument} = &{storage for strings.Join(strs, ",")}:
./generic_mapfilter.go:63:26:     from strings.Join(strs, ",") (spill) at ./generic_mapfilter.go:63:26
./generic_mapfilter.go:63:26:     from ... argument (slice-literal-element) at ./generic_mapfilter.go:63:13
./generic_mapfilter.go:63:26:   flow: {heap} = {storage for ... argument}:
./generic_mapfilter.go:63:26:     from ... argument (spill) at ./generic_mapfilter.go:63:13
./generic_mapfilter.go:63:26:     from fmt.Println(... argument...) (call parameter) at ./generic_mapfilter.go:63:13
./generic_mapfilter.go:61:13: total escapes to heap:
./generic_mapfilter.go:61:13:   flow: {storage for ... argument} = &{storage for total}:
./generic_mapfilter.go:61:13:     from total (spill) at ./generic_mapfilter.go:61:13
./generic_mapfilter.go:61:13:     from ... argument (slice-literal-element) at ./generic_mapfilter.go:61:13
./generic_mapfilter.go:61:13:   flow: {heap} = {storage for ... argument}:
./generic_mapfilter.go:61:13:     from ... argument (spill) at ./generic_mapfilter.go:61:13
./generic_mapfilter.go:61:13:     from fmt.Println(... argument...) (call parameter) at ./generic_mapfilter.go:61:13
./generic_mapfilter.go:59:13: even escapes to heap:
./generic_mapfilter.go:59:13:   flow: {storage for ... argument} = &{storage for even}:
./generic_mapfilter.go:59:13:     from even (spill) at ./generic_mapfilter.go:59:13
./generic_mapfilter.go:59:13:     from ... argument (slice-literal-element) at ./generic_mapfilter.go:59:13
./generic_mapfilter.go:59:13:   flow: {heap} = {storage for ... argument}:
./generic_mapfilter.go:59:13:     from ... argument (spill) at ./generic_mapfilter.go:59:13
./generic_mapfilter.go:59:13:     from fmt.Println(... argument...) (call parameter) at ./generic_mapfilter.go:59:13
./generic_mapfilter.go:57:13: sq escapes to heap:
./generic_mapfilter.go:57:13:   flow: {storage for ... argument} = &{storage for sq}:
./generic_mapfilter.go:57:13:     from sq (spill) at ./generic_mapfilter.go:57:13
./generic_mapfilter.go:57:13:     from ... argument (slice-literal-element) at ./generic_mapfilter.go:57:13
./generic_mapfilter.go:57:13:   flow: {heap} = {storage for ... argument}:
./generic_mapfilter.go:57:13:     from ... argument (spill) at ./generic_mapfilter.go:57:13
./generic_mapfilter.go:57:13:     from fmt.Println(... argument...) (call parameter) at ./generic_mapfilter.go:57:13
./generic_mapfilter.go:64:72: a + s[:1] escapes to heap:
./generic_mapfilter.go:64:72:   flow: ~r0 = &{storage for a + s[:1]}:
./generic_mapfilter.go:64:72:     from a + s[:1] (spill) at ./generic_mapfilter.go:64:72
./generic_mapfilter.go:64:72:     from return a + s[:1] (return) at ./generic_mapfilter.go:64:63
./generic_mapfilter.go:64:34: a does not escape
./generic_mapfilter.go:64:44: s does not escape
./generic_mapfilter.go:55:15: []int{...} does not escape
./generic_mapfilter.go:56:18: func literal does not escape
./generic_mapfilter.go:57:13: ... argument does not escape
./generic_mapfilter.go:57:13: sq escapes to heap
./generic_mapfilter.go:58:21: func literal does not escape
./generic_mapfilter.go:59:13: ... argument does not escape
./generic_mapfilter.go:59:13: even escapes to heap
./generic_mapfilter.go:60:27: func literal does not escape
./generic_mapfilter.go:61:13: ... argument does not escape
./generic_mapfilter.go:61:13: total escapes to heap
./generic_mapfilter.go:62:20: func literal does not escape
./generic_mapfilter.go:63:13: ... argument does not escape
./generic_mapfilter.go:63:26: strings.Join(strs, ",") escapes to heap
./generic_mapfilter.go:64:29: func literal does not escape
./generic_mapfilter.go:64:72: a + s[:1] escapes to heap
./generic_mapfilter.go:65:13: ... argument does not escape
./generic_mapfilter.go:65:13: joined escapes to heap
./generic_mapfilter.go:66:13: ... argument does not escape
./generic_mapfilter.go:66:17: Sum[go.shape.int_0](&.dict.Sum[int], ... argument...) escapes to heap
./generic_mapfilter.go:66:17: ... argument does not escape
./generic_mapfilter.go:66:31: Sum[go.shape.float64_0](&.dict.Sum[float64], ... argument...) escapes to heap
./generic_mapfilter.go:66:31: ... argument does not escape
./generic_mapfilter.go:66:55: Sum[go.shape.float64_0](&.dict.Sum[main.Celsius], ... argument...) escapes to heap
./generic_mapfilter.go:66:55: ... argument does not escape
./generic_mapfilter.go:67:13: ... argument does not escape
./generic_mapfilter.go:67:17: Sum[go.shape.int_0](&.dict.Sum[int], nums...) escapes to heap
