# command-line-arguments
./bounds_elided.go:42:32: parameter x leaks to ~r0 with derefs=0:
./bounds_elided.go:42:32:   flow: ~r0 = x:
./bounds_elided.go:42:32:     from return x (return) at ./bounds_elided.go:49:2
./bounds_elided.go:42:32: leaking param: x to result ~r0 level=0
./bounds_elided.go:20:9: index bounds check elided
./bounds_elided.go:21:9: index bounds check elided
./bounds_elided.go:23:15: index bounds check elided
./bounds_elided.go:25:9: index bounds check elided
./bounds_elided.go:28:9: index bounds check elided
./bounds_elided.go:29:15: index bounds check elided
./bounds_elided.go:31:9: index bounds check elided
./bounds_elided.go:32:15: index bounds check elided
./bounds_elided.go:46:17: index bounds check elided
./bounds_elided.go:47:18: index bounds check elided
