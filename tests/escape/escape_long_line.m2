# command-line-arguments
./escape_long_line.go:11:11: parameter ps leaks to {heap} with derefs=0:
./escape_long_line.go:11:11:   flow: {heap} = ps:
./escape_long_line.go:11:11:     from sink = ps (assign) at ./escape_long_line.go:11:28
./escape_long_line.go:11:11: leaking param: ps
./escape_long_line.go:14:6: ... argument escapes to heap:
./escape_long_line.go:14:6:   flow: {heap} = &{storage for ... argument}:
./escape_long_line.go:14:6:     from ... argument (spill) at ./escape_long_line.go:14:6
./escape_long_line.go:14:6:     from keep(... argument...) (call parameter) at ./escape_long_line.go:14:6
./escape_long_line.go:14:7: &T{...} escapes to heap:
./escape_long_line.go:14:7:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:7:     from &T{...} (spill) at ./escape_long_line.go:14:7
./escape_long_line.go:14:7:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:14: &T{...} escapes to heap:
./escape_long_line.go:14:14:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:14:     from &T{...} (spill) at ./escape_long_line.go:14:14
./escape_long_line.go:14:14:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:21: &T{...} escapes to heap:
./escape_long_line.go:14:21:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:21:     from &T{...} (spill) at ./escape_long_line.go:14:21
./escape_long_line.go:14:21:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:28: &T{...} escapes to heap:
./escape_long_line.go:14:28:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:28:     from &T{...} (spill) at ./escape_long_line.go:14:28
./escape_long_line.go:14:28:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:35: &T{...} escapes to heap:
./escape_long_line.go:14:35:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:35:     from &T{...} (spill) at ./escape_long_line.go:14:35
./escape_long_line.go:14:35:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:42: &T{...} escapes to heap:
./escape_long_line.go:14:42:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:42:     from &T{...} (spill) at ./escape_long_line.go:14:42
./escape_long_line.go:14:42:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:49: &T{...} escapes to heap:
./escape_long_line.go:14:49:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:49:     from &T{...} (spill) at ./escape_long_line.go:14:49
./escape_long_line.go:14:49:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:56: &T{...} escapes to heap:
./escape_long_line.go:14:56:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:56:     from &T{...} (spill) at ./escape_long_line.go:14:56
./escape_long_line.go:14:56:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:63: &T{...} escapes to heap:
./escape_long_line.go:14:63:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:63:     from &T{...} (spill) at ./escape_long_line.go:14:63
./escape_long_line.go:14:63:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:70: &T{...} escapes to heap:
./escape_long_line.go:14:70:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:70:     from &T{...} (spill) at ./escape_long_line.go:14:70
./escape_long_line.go:14:70:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:77: &T{...} escapes to heap:
./escape_long_line.go:14:77:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:77:     from &T{...} (spill) at ./escape_long_line.go:14:77
./escape_long_line.go:14:77:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:85: &T{...} escapes to heap:
./escape_long_line.go:14:85:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:85:     from &T{...} (spill) at ./escape_long_line.go:14:85
./escape_long_line.go:14:85:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:93: &T{...} escapes to heap:
./escape_long_line.go:14:93:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:93:     from &T{...} (spill) at ./escape_long_line.go:14:93
./escape_long_line.go:14:93:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:101: &T{...} escapes to heap:
./escape_long_line.go:14:101:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:101:     from &T{...} (spill) at ./escape_long_line.go:14:101
./escape_long_line.go:14:101:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:109: &T{...} escapes to heap:
./escape_long_line.go:14:109:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:109:     from &T{...} (spill) at ./escape_long_line.go:14:109
./escape_long_line.go:14:109:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:117: &T{...} escapes to heap:
./escape_long_line.go:14:117:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:117:     from &T{...} (spill) at ./escape_long_line.go:14:117
./escape_long_line.go:14:117:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:125: &T{...} escapes to heap:
./escape_long_line.go:14:125:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:125:     from &T{...} (spill) at ./escape_long_line.go:14:125
./escape_long_line.go:14:125:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:133: &T{...} escapes to heap:
./escape_long_line.go:14:133:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:133:     from &T{...} (spill) at ./escape_long_line.go:14:133
./escape_long_line.go:14:133:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:141: &T{...} escapes to heap:
./escape_long_line.go:14:141:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:141:     from &T{...} (spill) at ./escape_long_line.go:14:141
./escape_long_line.go:14:141:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:149: &T{...} escapes to heap:
./escape_long_line.go:14:149:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:149:     from &T{...} (spill) at ./escape_long_line.go:14:149
./escape_long_line.go:14:149:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:157: &T{...} escapes to heap:
./escape_long_line.go:14:157:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:157:     from &T{...} (spill) at ./escape_long_line.go:14:157
./escape_long_line.go:14:157:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:165: &T{...} escapes to heap:
./escape_long_line.go:14:165:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:165:     from &T{...} (spill) at ./escape_long_line.go:14:165
./escape_long_line.go:14:165:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:173: &T{...} escapes to heap:
./escape_long_line.go:14:173:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:173:     from &T{...} (spill) at ./escape_long_line.go:14:173
./escape_long_line.go:14:173:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:181: &T{...} escapes to heap:
./escape_long_line.go:14:181:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:181:     from &T{...} (spill) at ./escape_long_line.go:14:181
./escape_long_line.go:14:181:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:189: &T{...} escapes to heap:
./escape_long_line.go:14:189:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:189:     from &T{...} (spill) at ./escape_long_line.go:14:189
./escape_long_line.go:14:189:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:197: &T{...} escapes to heap:
./escape_long_line.go:14:197:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:197:     from &T{...} (spill) at ./escape_long_line.go:14:197
./escape_long_line.go:14:197:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:205: &T{...} escapes to heap:
./escape_long_line.go:14:205:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:205:     from &T{...} (spill) at ./escape_long_line.go:14:205
./escape_long_line.go:14:205:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:213: &T{...} escapes to heap:
./escape_long_line.go:14:213:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:213:     from &T{...} (spill) at ./escape_long_line.go:14:213
./escape_long_line.go:14:213:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:221: &T{...} escapes to heap:
./escape_long_line.go:14:221:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:221:     from &T{...} (spill) at ./escape_long_line.go:14:221
./escape_long_line.go:14:221:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:229: &T{...} escapes to heap:
./escape_long_line.go:14:229:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:229:     from &T{...} (spill) at ./escape_long_line.go:14:229
./escape_long_line.go:14:229:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:237: &T{...} escapes to heap:
./escape_long_line.go:14:237:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:237:     from &T{...} (spill) at ./escape_long_line.go:14:237
./escape_long_line.go:14:237:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:245: &T{...} escapes to heap:
./escape_long_line.go:14:245:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:245:     from &T{...} (spill) at ./escape_long_line.go:14:245
./escape_long_line.go:14:245:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:253: &T{...} escapes to heap:
./escape_long_line.go:14:253:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:253:     from &T{...} (spill) at ./escape_long_line.go:14:253
./escape_long_line.go:14:253:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14: &T{...} escapes to heap:
./escape_long_line.go:14:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:     from &T{...} (spill) at ./escape_long_line.go:14
./escape_long_line.go:14:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14: &T{...} escapes to heap:
./escape_long_line.go:14:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:     from &T{...} (spill) at ./escape_long_line.go:14
./escape_long_line.go:14:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14: &T{...} escapes to heap:
./escape_long_line.go:14:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:     from &T{...} (spill) at ./escape_long_line.go:14
./escape_long_line.go:14:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14: &T{...} escapes to heap:
./escape_long_line.go:14:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:     from &T{...} (spill) at ./escape_long_line.go:14
./escape_long_line.go:14:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14: &T{...} escapes to heap:
./escape_long_line.go:14:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:     from &T{...} (spill) at ./escape_long_line.go:14
./escape_long_line.go:14:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14: &T{...} escapes to heap:
./escape_long_line.go:14:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:     from &T{...} (spill) at ./escape_long_line.go:14
./escape_long_line.go:14:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14: &T{...} escapes to heap:
./escape_long_line.go:14:   flow: {storage for ... argument} = &{storage for &T{...}}:
./escape_long_line.go:14:     from &T{...} (spill) at ./escape_long_line.go:14
./escape_long_line.go:14:     from ... argument (slice-literal-element) at ./escape_long_line.go:14:6
./escape_long_line.go:14:6: ... argument escapes to heap
./escape_long_line.go:14:7: &T{...} escapes to heap
./escape_long_line.go:14:14: &T{...} escapes to heap
./escape_long_line.go:14:21: &T{...} escapes to heap
./escape_long_line.go:14:28: &T{...} escapes to heap
./escape_long_line.go:14:35: &T{...} escapes to heap
./escape_long_line.go:14:42: &T{...} escapes to heap
./escape_long_line.go:14:49: &T{...} escapes to heap
./escape_long_line.go:14:56: &T{...} escapes to heap
./escape_long_line.go:14:63: &T{...} escapes to heap
./escape_long_line.go:14:70: &T{...} escapes to heap
./escape_long_line.go:14:77: &T{...} escapes to heap
./escape_long_line.go:14:85: &T{...} escapes to heap
./escape_long_line.go:14:93: &T{...} escapes to heap
./escape_long_line.go:14:101: &T{...} escapes to heap
./escape_long_line.go:14:109: &T{...} escapes to heap
./escape_long_line.go:14:117: &T{...} escapes to heap
./escape_long_line.go:14:125: &T{...} escapes to heap
./escape_long_line.go:14:133: &T{...} escapes to heap
./escape_long_line.go:14:141: &T{...} escapes to heap
./escape_long_line.go:14:149: &T{...} escapes to heap
./escape_long_line.go:14:157: &T{...} escapes to heap
./escape_long_line.go:14:165: &T{...} escapes to heap
./escape_long_line.go:14:173: &T{...} escapes to heap
./escape_long_line.go:14:181: &T{...} escapes to heap
./escape_long_line.go:14:189: &T{...} escapes to heap
./escape_long_line.go:14:197: &T{...} escapes to heap
./escape_long_line.go:14:205: &T{...} escapes to heap
./escape_long_line.go:14:213: &T{...} escapes to heap
./escape_long_line.go:14:221: &T{...} escapes to heap
./escape_long_line.go:14:229: &T{...} escapes to heap
./escape_long_line.go:14:237: &T{...} escapes to heap
./escape_long_line.go:14:245: &T{...} escapes to heap
./escape_long_line.go:14:253: &T{...} escapes to heap
./escape_long_line.go:14: &T{...} escapes to heap
./escape_long_line.go:14: &T{...} escapes to heap
./escape_long_line.go:14: &T{...} escapes to heap
./escape_long_line.go:14: &T{...} escapes to heap
./escape_long_line.go:14: &T{...} escapes to heap
./escape_long_line.go:14: &T{...} escapes to heap
./escape_long_line.go:14: &T{...} escapes to heap
