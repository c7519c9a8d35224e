# command-line-arguments
./escape_assign.go:11:2: x escapes to heap:
./escape_assign.go:11:2:   flow: p = &x:
./escape_assign.go:11:2:     from &x (address-of) at ./escape_assign.go:12:7
./escape_assign.go:11:2:     from p := &x (assign) at ./escape_assign.go:12:4
./escape_assign.go:11:2:   flow: q = p:
./escape_assign.go:11:2:     from q := p (assign) at ./escape_assign.go:13:4
./escape_assign.go:11:2:   flow: r = q:
./escape_assign.go:11:2:     from r := q (assign) at ./escape_assign.go:14:4
./escape_assign.go:11:2:   flow: {heap} = r:
./escape_assign.go:11:2:     from gp = r (assign) at ./escape_assign.go:15:5
./escape_assign.go:11:2: moved to heap: x
./escape_assign.go:26:5: b escapes to heap:
./escape_assign.go:26:5:   flow: p = &b:
./escape_assign.go:26:5:     from &b (address-of) at ./escape_assign.go:28:6
./escape_assign.go:26:5:     from p = &b (assign) at ./escape_assign.go:28:4
./escape_assign.go:26:5:   flow: {heap} = p:
./escape_assign.go:26:5:     from gp = p (assign) at ./escape_assign.go:29:5
./escape_assign.go:26:2: a escapes to heap:
./escape_assign.go:26:2:   flow: p = &a:
./escape_assign.go:26:2:     from &a (address-of) at ./escape_assign.go:27:7
./escape_assign.go:26:2:     from p := &a (assign) at ./escape_assign.go:27:4
./escape_assign.go:26:2:   flow: {heap} = p:
./escape_assign.go:26:2:     from gp = p (assign) at ./escape_assign.go:29:5
./escape_assign.go:26:2: moved to heap: a
./escape_assign.go:26:5: moved to heap: b
./escape_assign.go:34:5: d escapes to heap:
./escape_assign.go:34:5:   flow: q = &d:
./escape_assign.go:34:5:     from &d (address-of) at ./escape_assign.go:36:13
./escape_assign.go:34:5:     from p, q = &c, &d (assign-pair) at ./escape_assign.go:36:7
./escape_assign.go:34:5:   flow: {heap} = q:
./escape_assign.go:34:5:     from gp = q (assign) at ./escape_assign.go:37:5
./escape_assign.go:34:5: moved to heap: d
./escape_assign.go:42:5: f escapes to heap:
./escape_assign.go:42:5:   flow: q = &f:
./escape_assign.go:42:5:     from &f (address-of) at ./escape_assign.go:43:14
./escape_assign.go:42:5:     from p, q := &e, &f (assign-pair) at ./escape_assign.go:43:7
./escape_assign.go:42:5:   flow: p = q:
./escape_assign.go:42:5:     from p, q = q, p (assign-pair) at ./escape_assign.go:44:7
./escape_assign.go:42:5:   flow: {heap} = p:
./escape_assign.go:42:5:     from gp = p (assign) at ./escape_assign.go:45:5
./escape_assign.go:42:2: e escapes to heap:
./escape_assign.go:42:2:   flow: p = &e:
./escape_assign.go:42:2:     from &e (address-of) at ./escape_assign.go:43:10
./escape_assign.go:42:2:     from p, q := &e, &f (assign-pair) at ./escape_assign.go:43:7
./escape_assign.go:42:2:   flow: {heap} = p:
./escape_assign.go:42:2:     from gp = p (assign) at ./escape_assign.go:45:5
./escape_assign.go:42:2: moved to heap: e
./escape_assign.go:42:5: moved to heap: f
./escape_assign.go:56:2: v escapes to heap:
./escape_assign.go:56:2:   flow: {heap} = &v:
./escape_assign.go:56:2:     from &v (address-of) at ./escape_assign.go:57:7
./escape_assign.go:56:2:     from gp = &v (assign) at ./escape_assign.go:57:5
./escape_assign.go:56:2: moved to heap: v
./escape_assign.go:62:2: i escapes to heap:
./escape_assign.go:62:2:   flow: p = &i:
./escape_assign.go:62:2:     from &i (address-of) at ./escape_assign.go:63:7
./escape_assign.go:62:2:     from p := &i (assign) at ./escape_assign.go:63:4
./escape_assign.go:62:2:   flow: pp = &p:
./escape_assign.go:62:2:     from &p (address-of) at ./escape_assign.go:64:8
./escape_assign.go:62:2:     from pp := &p (assign) at ./escape_assign.go:64:5
./escape_assign.go:62:2:   flow: {heap} = *pp:
./escape_assign.go:62:2:     from *pp (indirection) at ./escape_assign.go:65:7
./escape_assign.go:62:2:     from gp = *pp (assign) at ./escape_assign.go:65:5
./escape_assign.go:62:2: moved to heap: i
./escape_assign.go:72:2: j escapes to heap:
./escape_assign.go:72:2:   flow: s1 = &j:
./escape_assign.go:72:2:     from &j (address-of) at ./escape_assign.go:73:13
./escape_assign.go:72:2:     from S{...} (struct literal element) at ./escape_assign.go:73:9
./escape_assign.go:72:2:     from s1 := S{...} (assign) at ./escape_assign.go:73:5
./escape_assign.go:72:2:   flow: s2 = s1:
./escape_assign.go:72:2:     from s2 := s1 (assign) at ./escape_assign.go:74:5
./escape_assign.go:72:2:   flow: {heap} = s2:
./escape_assign.go:72:2:     from s2.p (dot) at ./escape_assign.go:75:9
./escape_assign.go:72:2:     from gp = s2.p (assign) at ./escape_assign.go:75:5
./escape_assign.go:72:2: moved to heap: j
./escape_assign.go:78:22: parameter s leaks to ~r0 with derefs=0:
./escape_assign.go:78:22:   flow: ~r0 = s:
./escape_assign.go:78:22:     from return s (return) at ./escape_assign.go:80:2
./escape_assign.go:78:22: leaking param: s to result ~r0 level=0
./escape_assign.go:84:6: k escapes to heap:
./escape_assign.go:84:6:   flow: p = &k:
./escape_assign.go:84:6:     from &k (address-of) at ./escape_assign.go:85:15
./escape_assign.go:84:6:     from p = &k (assign) at ./escape_assign.go:85:6
./escape_assign.go:84:6:   flow: ~r0 = p:
./escape_assign.go:84:6:     from return p (return) at ./escape_assign.go:86:2
./escape_assign.go:84:6: moved to heap: k
