# command-line-arguments
./unsafe_escape.go:17:14: parameter p leaks to ~r0 with derefs=0:
./unsafe_escape.go:17:14:   flow: ~r0 = p:
./unsafe_escape.go:17:14:     from return (*uint64)(unsafe.Pointer(p)) (return) at ./unsafe_escape.go:18:2
./unsafe_escape.go:17:14: leaking param: p to result ~r0 level=0
./unsafe_escape.go:22:6: x escapes to heap:
./unsafe_escape.go:22:6:   flow: ~r0 = &x:
./unsafe_escape.go:22:6:     from x[0] (fixed-array-index-of) at ./unsafe_escape.go:23:50
./unsafe_escape.go:22:6:     from &x[0] (address-of) at ./unsafe_escape.go:23:48
./unsafe_escape.go:22:6:     from return unsafe.Pointer((uintptr(unsafe.Pointer(&x[0])) + 1) &^ 1) (return) at ./unsafe_escape.go:23:2
./unsafe_escape.go:22:6: moved to heap: x
./unsafe_escape.go:27:6: x escapes to heap:
./unsafe_escape.go:27:6:   flow: ~r0 = &x:
./unsafe_escape.go:27:6:     from x[0] (fixed-array-index-of) at ./unsafe_escape.go:29:49
./unsafe_escape.go:27:6:     from &x[0] (address-of) at ./unsafe_escape.go:29:47
./unsafe_escape.go:27:6:     from return unsafe.Pointer(uintptr(unsafe.Pointer(&x[0])) << n >> n) (return) at ./unsafe_escape.go:29:2
./unsafe_escape.go:27:6: moved to heap: x
./unsafe_escape.go:43:10: parameter p leaks to ~r0 with derefs=0:
./unsafe_escape.go:43:10:   flow: ~r0 = p:
./unsafe_escape.go:43:10:     from unsafe.Add(unsafe.Pointer(p), 1) (call parameter) at ./unsafe_escape.go:44:19
./unsafe_escape.go:43:10:     from return unsafe.Add(unsafe.Pointer(p), 1) (return) at ./unsafe_escape.go:44:2
./unsafe_escape.go:43:10: leaking param: p to result ~r0 level=0
./unsafe_escape.go:53:12: parameter p leaks to ~r0 with derefs=0:
./unsafe_escape.go:53:12:   flow: ~r0 = p:
./unsafe_escape.go:53:12:     from unsafe.Slice(p, n) (call parameter) at ./unsafe_escape.go:54:21
./unsafe_escape.go:53:12:     from return unsafe.Slice(p, n) (return) at ./unsafe_escape.go:54:2
./unsafe_escape.go:53:12: leaking param: p to result ~r0 level=0
./unsafe_escape.go:63:17: parameter s leaks to ~r0 with derefs=0:
./unsafe_escape.go:63:17:   flow: ~r0 = s:
./unsafe_escape.go:63:17:     from return (*[2]int)(s) (return) at ./unsafe_escape.go:64:2
./unsafe_escape.go:63:17: leaking param: s to result ~r0 level=0
./unsafe_escape.go:68:11: make([]int, 4) does not escape
./unsafe_escape.go:73:20: parameter s leaks to ~r0 with derefs=0:
./unsafe_escape.go:73:20:   flow: ~r0 = s:
./unsafe_escape.go:73:20:     from &s (address-of) at ./unsafe_escape.go:74:62
./unsafe_escape.go:73:20:     from (*reflect.SliceHeader)(unsafe.Pointer(&s)).Data (reflect.Header.Data) at ./unsafe_escape.go:74:66
./unsafe_escape.go:73:20:     from return unsafe.Pointer((*reflect.SliceHeader)(unsafe.Pointer(&s)).Data) (return) at ./unsafe_escape.go:74:2
./unsafe_escape.go:73:20: leaking param: s to result ~r0 level=0
./unsafe_escape.go:77:30: parameter p leaks to {heap} with derefs=0:
./unsafe_escape.go:77:30:   flow: {heap} = p:
./unsafe_escape.go:77:30:     from (*reflect.StringHeader)(unsafe.Pointer(s)).Data = uintptr(p) (assign) at ./unsafe_escape.go:78:50
./unsafe_escape.go:77:19: s does not escape
./unsafe_escape.go:77:30: leaking param: p
./unsafe_escape.go:83:11: marking a as escaping uintptr
./unsafe_escape.go:83:22: marking rest as escaping ...uintptr
./unsafe_escape.go:90:6: ... argument escapes to heap:
./unsafe_escape.go:90:6:   flow: {heap} = &{storage for ... argument}:
./unsafe_escape.go:90:6:     from ... argument (spill) at ./unsafe_escape.go:90:6
./unsafe_escape.go:90:6:     from keep(uintptr(.autotmp_3), ... argument...) (call parameter) at ./unsafe_escape.go:90:6
./unsafe_escape.go:89:9: y escapes to heap:
./unsafe_escape.go:89:9:   flow: .autotmp_4 = &y:
./unsafe_escape.go:89:9:     from &y (address-of) at ./unsafe_escape.go:90:62
./unsafe_escape.go:89:9:     from .autotmp_4 = unsafe.Pointer(&y) (assign) at ./unsafe_escape.go:90:61
./unsafe_escape.go:89:9:   flow: {heap} = .autotmp_4:
./unsafe_escape.go:89:9:     from uintptr(.autotmp_4) (//go:uintptrescapes) at ./unsafe_escape.go:90:46
./unsafe_escape.go:89:6: x escapes to heap:
./unsafe_escape.go:89:6:   flow: .autotmp_3 = &x:
./unsafe_escape.go:89:6:     from &x (address-of) at ./unsafe_escape.go:90:30
./unsafe_escape.go:89:6:     from .autotmp_3 = unsafe.Pointer(&x) (assign) at ./unsafe_escape.go:90:29
./unsafe_escape.go:89:6:   flow: {heap} = .autotmp_3:
./unsafe_escape.go:89:6:     from uintptr(.autotmp_3) (//go:uintptrescapes) at ./unsafe_escape.go:90:14
./unsafe_escape.go:89:6: moved to heap: x
./unsafe_escape.go:89:9: moved to heap: y
./unsafe_escape.go:90:6: ... argument escapes to heap
./unsafe_escape.go:95:15: leaking param: p
./unsafe_escape.go:95:23: leaking param: q
./unsafe_escape.go:95:33: assuming u is unsafe uintptr
./unsafe_escape.go:99:23: p does not escape
./unsafe_escape.go:99:31: q does not escape
./unsafe_escape.go:99:41: assuming u is unsafe uintptr
./unsafe_escape.go:101:19: p does not escape
./unsafe_escape.go:101:27: q does not escape
./unsafe_escape.go:104:6: a escapes to heap:
./unsafe_escape.go:104:6:   flow: {heap} = &a:
./unsafe_escape.go:104:6:     from &a (address-of) at ./unsafe_escape.go:105:11
./unsafe_escape.go:104:6:     from external(&a, nil, 0) (call parameter) at ./unsafe_escape.go:105:10
./unsafe_escape.go:104:6: moved to heap: a
./unsafe_escape.go:106:29: []byte{...} does not escape
./unsafe_escape.go:117:8: (*Buffer).shrink ignoring self-assignment in b.buf = b.buf[i:j]
./unsafe_escape.go:118:8: (*Buffer).shrink ignoring self-assignment in b.str = b.str[1:]
./unsafe_escape.go:119:17: (*Buffer).shrink ignoring self-assignment in b.next, b.next = b.next, b.next
./unsafe_escape.go:119:17: (*Buffer).shrink ignoring self-assignment in b.next, b.next = b.next, b.next
./unsafe_escape.go:116:7: b does not escape
./unsafe_escape.go:122:7: parameter b leaks to {heap} with derefs=0:
./unsafe_escape.go:122:7:   flow: {heap} = b:
./unsafe_escape.go:122:7:     from b.arr (dot of pointer) at ./unsafe_escape.go:123:11
./unsafe_escape.go:122:7:     from b.arr (address-of) at ./unsafe_escape.go:123:10
./unsafe_escape.go:122:7:     from b.arr[1:2] (slice) at ./unsafe_escape.go:123:15
./unsafe_escape.go:122:7:     from b.buf = b.arr[1:2] (assign) at ./unsafe_escape.go:123:8
./unsafe_escape.go:122:7: leaking param: b
./unsafe_escape.go:127:6: trim ignoring self-assignment in *sp = (*sp)[1:]
./unsafe_escape.go:126:11: sp does not escape
./unsafe_escape.go:132:10: x escapes to heap:
./unsafe_escape.go:132:10:   flow: ~r0 = &x:
./unsafe_escape.go:132:10:     from &x (address-of) at ./unsafe_escape.go:133:10
./unsafe_escape.go:132:10:     from return &x (return) at ./unsafe_escape.go:133:3
./unsafe_escape.go:130:14: v does not escape
./unsafe_escape.go:132:10: moved to heap: x
./unsafe_escape.go:145:6: c escapes to heap:
./unsafe_escape.go:145:6:   flow: {heap} = &c:
./unsafe_escape.go:145:6:     from &c (address-of) at ./unsafe_escape.go:146:16
./unsafe_escape.go:145:6:     from add(&c) (call parameter) at ./unsafe_escape.go:146:15
./unsafe_escape.go:145:6:     from sinkPtr = add(&c) (assign) at ./unsafe_escape.go:146:10
./unsafe_escape.go:158:6: buf escapes to heap:
./unsafe_escape.go:158:6:   flow: {heap} = &buf:
./unsafe_escape.go:158:6:     from buf (address-of) at ./unsafe_escape.go:160:5
./unsafe_escape.go:158:6:     from (*Buffer).keepArr(buf) (call parameter) at ./unsafe_escape.go:160:13
./unsafe_escape.go:145:6: moved to heap: c
./unsafe_escape.go:158:6: moved to heap: buf
./unsafe_escape.go:151:22: []int{...} does not escape
./unsafe_escape.go:162:14: 1 does not escape
