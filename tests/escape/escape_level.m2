# command-line-arguments
./escape_level.go:12:18: parameter pp leaks to {heap} with derefs=1:
./escape_level.go:12:18:   flow: {heap} = *pp:
./escape_level.go:12:18:     from *pp (indirection) at ./escape_level.go:13:7
./escape_level.go:12:18:     from gp = *pp (assign) at ./escape_level.go:13:5
./escape_level.go:12:18: leaking param content: pp
./escape_level.go:16:16: parameter pp leaks to {heap} with derefs=0:
./escape_level.go:16:16:   flow: {heap} = pp:
./escape_level.go:16:16:     from gpp = pp (assign) at ./escape_level.go:17:6
./escape_level.go:16:16: leaking param: pp
./escape_level.go:20:19: parameter pp leaks to ~r0 with derefs=1:
./escape_level.go:20:19:   flow: ~r0 = *pp:
./escape_level.go:20:19:     from *pp (indirection) at ./escape_level.go:21:9
./escape_level.go:20:19:     from return *pp (return) at ./escape_level.go:21:2
./escape_level.go:20:19: leaking param: pp to result ~r0 level=1
./escape_level.go:24:19: parameter ppp leaks to ~r0 with derefs=2:
./escape_level.go:24:19:   flow: ~r0 = **ppp:
./escape_level.go:24:19:     from *ppp (indirection) at ./escape_level.go:25:10
./escape_level.go:24:19:     from *(*ppp) (indirection) at ./escape_level.go:25:9
./escape_level.go:24:19:     from return *(*ppp) (return) at ./escape_level.go:25:2
./escape_level.go:24:19: leaking param: ppp to result ~r0 level=2
./escape_level.go:28:21: parameter s leaks to {heap} with derefs=1:
./escape_level.go:28:21:   flow: {heap} = *s:
./escape_level.go:28:21:     from s[0] (dot of pointer) at ./escape_level.go:29:8
./escape_level.go:28:21:     from gp = s[0] (assign) at ./escape_level.go:29:5
./escape_level.go:28:21: leaking param content: s
./escape_level.go:32:18: parameter s leaks to ~r0 with derefs=0:
./escape_level.go:32:18:   flow: ~r0 = s:
./escape_level.go:32:18:     from return s (return) at ./escape_level.go:33:2
./escape_level.go:32:18: leaking param: s to result ~r0 level=0
./escape_level.go:36:22: parameter s leaks to ~r0 with derefs=1:
./escape_level.go:36:22:   flow: ~r0 = *s:
./escape_level.go:36:22:     from s[0] (dot of pointer) at ./escape_level.go:37:10
./escape_level.go:36:22:     from return s[0] (return) at ./escape_level.go:37:2
./escape_level.go:36:22: leaking param: s to result ~r0 level=1
./escape_level.go:44:17: parameter b leaks to {heap} with derefs=1:
./escape_level.go:44:17:   flow: {heap} = *b:
./escape_level.go:44:17:     from b.p (dot of pointer) at ./escape_level.go:45:8
./escape_level.go:44:17:     from gp = b.p (assign) at ./escape_level.go:45:5
./escape_level.go:44:17: leaking param content: b
./escape_level.go:48:16: parameter b leaks to ~r0 with derefs=1:
./escape_level.go:48:16:   flow: ~r0 = *b:
./escape_level.go:48:16:     from b.p (dot of pointer) at ./escape_level.go:49:10
./escape_level.go:48:16:     from return b.p (return) at ./escape_level.go:49:2
./escape_level.go:48:16: leaking param: b to result ~r0 level=1
./escape_level.go:53:2: x escapes to heap:
./escape_level.go:53:2:   flow: p = &x:
./escape_level.go:53:2:     from &x (address-of) at ./escape_level.go:54:7
./escape_level.go:53:2:     from p := &x (assign) at ./escape_level.go:54:4
./escape_level.go:53:2:   flow: {heap} = p:
./escape_level.go:53:2:     from &p (address-of) at ./escape_level.go:55:14
./escape_level.go:53:2:     from leakContent(&p) (call parameter) at ./escape_level.go:55:13
./escape_level.go:53:2: moved to heap: x
./escape_level.go:66:2: z escapes to heap:
./escape_level.go:66:2:   flow: p = &z:
./escape_level.go:66:2:     from &z (address-of) at ./escape_level.go:67:7
./escape_level.go:66:2:     from p := &z (assign) at ./escape_level.go:67:4
./escape_level.go:66:2:   flow: ~r0 = p:
./escape_level.go:66:2:     from &p (address-of) at ./escape_level.go:68:22
./escape_level.go:66:2:     from resultLevel1(&p) (call parameter) at ./escape_level.go:68:21
./escape_level.go:66:2:     from return resultLevel1(&p) (return) at ./escape_level.go:68:2
./escape_level.go:66:2: moved to heap: z
./escape_level.go:79:2: b escapes to heap:
./escape_level.go:79:2:   flow: pb = &b:
./escape_level.go:79:2:     from &b (address-of) at ./escape_level.go:80:8
./escape_level.go:79:2:     from pb := &b (assign) at ./escape_level.go:80:5
./escape_level.go:79:2:   flow: ppb = &pb:
./escape_level.go:79:2:     from &pb (address-of) at ./escape_level.go:81:9
./escape_level.go:79:2:     from ppb := &pb (assign) at ./escape_level.go:81:6
./escape_level.go:79:2:   flow: {heap} = *ppb:
./escape_level.go:79:2:     from *ppb (indirection) at ./escape_level.go:82:7
./escape_level.go:79:2:     from gp = *ppb (assign) at ./escape_level.go:82:5
./escape_level.go:79:2: moved to heap: b
