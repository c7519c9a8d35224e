# command-line-arguments
./spell_any.go:11:12: any(x) escapes to heap:
./spell_any.go:11:12:   flow: {heap} = &{storage for any(x)}:
./spell_any.go:11:12:     from any(x) (spill) at ./spell_any.go:11:12
./spell_any.go:11:12:     from sink = any(x) (assign) at ./spell_any.go:11:7
./spell_any.go:12:20: (interface {})(x) escapes to heap:
./spell_any.go:12:20:   flow: {heap} = &{storage for (interface {})(x)}:
./spell_any.go:12:20:     from (interface {})(x) (spill) at ./spell_any.go:12:20
./spell_any.go:12:20:     from sink = (interface {})(x) (assign) at ./spell_any.go:12:7
./spell_any.go:13:2: []any{...} escapes to heap:
./spell_any.go:13:2:   flow: {heap} = &{storage for []any{...}}:
./spell_any.go:13:2:     from []any{...} (spill) at ./spell_any.go:13:2
./spell_any.go:13:2:     from sink = []any{...} (assign) at ./spell_any.go:13:7
./spell_any.go:13:14: []any{...} escapes to heap:
./spell_any.go:13:14:   flow: {storage for []any{...}} = &{storage for []any{...}}:
./spell_any.go:13:14:     from []any{...} (spill) at ./spell_any.go:13:14
./spell_any.go:13:14:     from []any{...} (interface-converted) at ./spell_any.go:13:2
./spell_any.go:13:15: x escapes to heap:
./spell_any.go:13:15:   flow: {storage for []any{...}} = &{storage for x}:
./spell_any.go:13:15:     from x (spill) at ./spell_any.go:13:15
./spell_any.go:13:15:     from []any{...} (slice-literal-element) at ./spell_any.go:13:14
./spell_any.go:14:2: []interface {}{...} escapes to heap:
./spell_any.go:14:2:   flow: {heap} = &{storage for []interface {}{...}}:
./spell_any.go:14:2:     from []interface {}{...} (spill) at ./spell_any.go:14:2
./spell_any.go:14:2:     from sink = []interface {}{...} (assign) at ./spell_any.go:14:7
./spell_any.go:14:22: []interface {}{...} escapes to heap:
./spell_any.go:14:22:   flow: {storage for []interface {}{...}} = &{storage for []interface {}{...}}:
./spell_any.go:14:22:     from []interface {}{...} (spill) at ./spell_any.go:14:22
./spell_any.go:14:22:     from []interface {}{...} (interface-converted) at ./spell_any.go:14:2
./spell_any.go:14:23: x escapes to heap:
./spell_any.go:14:23:   flow: {storage for []interface {}{...}} = &{storage for x}:
./spell_any.go:14:23:     from x (spill) at ./spell_any.go:14:23
./spell_any.go:14:23:     from []interface {}{...} (slice-literal-element) at ./spell_any.go:14:22
./spell_any.go:15:2: make([]any, x) escapes to heap:
./spell_any.go:15:2:   flow: {heap} = &{storage for make([]any, x)}:
./spell_any.go:15:2:     from make([]any, x) (spill) at ./spell_any.go:15:2
./spell_any.go:15:2:     from sink = make([]any, x) (assign) at ./spell_any.go:15:7
./spell_any.go:15:13: make([]any, x) escapes to heap:
./spell_any.go:15:13:   flow: {storage for make([]any, x)} = &{storage for make([]any, x)}:
./spell_any.go:15:13:     from make([]any, x) (spill) at ./spell_any.go:15:13
./spell_any.go:15:13:     from make([]any, x) (interface-converted) at ./spell_any.go:15:2
./spell_any.go:16:23: map[string]any{...} escapes to heap:
./spell_any.go:16:23:   flow: {heap} = &{storage for map[string]any{...}}:
./spell_any.go:16:23:     from map[string]any{...} (spill) at ./spell_any.go:16:23
./spell_any.go:16:23:     from map[string]any{...} (interface-converted) at ./spell_any.go:16:2
./spell_any.go:16:23:     from sink = map[string]any{...} (assign) at ./spell_any.go:16:7
./spell_any.go:16:27: x escapes to heap:
./spell_any.go:16:27:   flow: {heap} = &{storage for x}:
./spell_any.go:16:27:     from x (spill) at ./spell_any.go:16:27
./spell_any.go:16:27:     from map[string]any{...} (map literal value) at ./spell_any.go:16:23
./spell_any.go:17:2: m escapes to heap:
./spell_any.go:17:2:   flow: {heap} = &m:
./spell_any.go:17:2:     from &m (address-of) at ./spell_any.go:18:9
./spell_any.go:17:2:     from &m (interface-converted) at ./spell_any.go:18:2
./spell_any.go:17:2:     from sink = &m (assign) at ./spell_any.go:18:7
./spell_any.go:19:12: new(any) escapes to heap:
./spell_any.go:19:12:   flow: {heap} = &{storage for new(any)}:
./spell_any.go:19:12:     from new(any) (spill) at ./spell_any.go:19:12
./spell_any.go:19:12:     from new(any) (interface-converted) at ./spell_any.go:19:2
./spell_any.go:19:12:     from sink = new(any) (assign) at ./spell_any.go:19:7
./spell_any.go:20:9: func literal escapes to heap:
./spell_any.go:20:9:   flow: {heap} = &{storage for func literal}:
./spell_any.go:20:9:     from func literal (spill) at ./spell_any.go:20:9
./spell_any.go:20:9:     from func literal (interface-converted) at ./spell_any.go:20:2
./spell_any.go:20:9:     from sink = func literal (assign) at ./spell_any.go:20:7
./spell_any.go:10:8: f capturing by value: x (addr=false assign=false width=8)
./spell_any.go:15:13: make([]any, x) escapes to heap:
./spell_any.go:15:13:   flow: {heap} = &{storage for make([]any, x)}:
./spell_any.go:15:13:     from make([]any, x) (non-constant size) at ./spell_any.go:15:13
./spell_any.go:10:8: parameter x leaks to {storage for func literal} with derefs=0:
./spell_any.go:10:8:   flow: {storage for func literal} = x:
./spell_any.go:10:8:     from x (captured by a closure) at ./spell_any.go:20:29
./spell_any.go:20:29: x escapes to heap:
./spell_any.go:20:29:   flow: ~r0 = &{storage for x}:
./spell_any.go:20:29:     from x (spill) at ./spell_any.go:20:29
./spell_any.go:20:29:     from return x (return) at ./spell_any.go:20:22
./spell_any.go:17:10: any(s) escapes to heap:
./spell_any.go:17:10:   flow: m = &{storage for any(s)}:
./spell_any.go:17:10:     from any(s) (spill) at ./spell_any.go:17:10
./spell_any.go:17:10:     from m := any(s) (assign) at ./spell_any.go:17:4
./spell_any.go:10:15: parameter s leaks to {storage for any(s)} with derefs=0:
./spell_any.go:10:15:   flow: {storage for any(s)} = s:
./spell_any.go:10:15:     from any(s) (interface-converted) at ./spell_any.go:17:10
./spell_any.go:10:15: leaking param: s
./spell_any.go:17:2: moved to heap: m
./spell_any.go:11:12: any(x) escapes to heap
./spell_any.go:12:20: (interface {})(x) escapes to heap
./spell_any.go:13:2: []any{...} escapes to heap
./spell_any.go:13:14: []any{...} escapes to heap
./spell_any.go:13:15: x escapes to heap
./spell_any.go:14:2: []interface {}{...} escapes to heap
./spell_any.go:14:22: []interface {}{...} escapes to heap
./spell_any.go:14:23: x escapes to heap
./spell_any.go:15:2: make([]any, x) escapes to heap
./spell_any.go:15:13: make([]any, x) escapes to heap
./spell_any.go:16:23: map[string]any{...} escapes to heap
./spell_any.go:16:27: x escapes to heap
./spell_any.go:17:10: any(s) escapes to heap
./spell_any.go:19:12: new(any) escapes to heap
./spell_any.go:20:9: func literal escapes to heap
./spell_any.go:20:29: x escapes to heap
