# command-line-arguments
./bounds_elided.go:20:9: index bounds check elided
./bounds_elided.go:21:9: index bounds check elided
./bounds_elided.go:23:15: index bounds check elided
./bounds_elided.go:25:9: index bounds check elided
./bounds_elided.go:28:9: index bounds check elided
./bounds_elided.go:29:15: index bounds check elided
./bounds_elided.go:31:9: index bounds check elided
./bounds_elided.go:32:15: index bounds check elided
