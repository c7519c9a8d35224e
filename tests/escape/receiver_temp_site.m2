# command-line-arguments
./receiver_temp_site.go:13:7: t does not escape
./receiver_temp_site.go:17:7: s does not escape
./receiver_temp_site.go:26:11: make(S, size()) escapes to heap:
./receiver_temp_site.go:26:11:   flow: {heap} = &{storage for make(S, size())}:
./receiver_temp_site.go:26:11:     from make(S, size()) (non-constant size) at ./receiver_temp_site.go:26:11
./receiver_temp_site.go:24:8: &T0{...} does not escape
./receiver_temp_site.go:24:25: make([]int, 4) does not escape
./receiver_temp_site.go:25:10: &T0{...} does not escape
./receiver_temp_site.go:25:27: make([]int, 4) does not escape
./receiver_temp_site.go:26:11: make(S, size()) escapes to heap
./receiver_temp_site.go:27:8: S{...} does not escape
./receiver_temp_site.go:25:8: index bounds check elided
