# command-line-arguments
./escape_array.go:17:2: c escapes to heap:
./escape_array.go:17:2:   flow: arr = &c:
./escape_array.go:17:2:     from &c (address-of) at ./escape_array.go:18:17
./escape_array.go:17:2:     from [1]*int{...} (array literal element) at ./escape_array.go:18:16
./escape_array.go:17:2:     from arr := [1]*int{...} (assign) at ./escape_array.go:18:6
./escape_array.go:17:2:   flow: {heap} = arr:
./escape_array.go:17:2:     from arr[0] (fixed-array-index-of) at ./escape_array.go:19:10
./escape_array.go:17:2:     from gp = arr[0] (assign) at ./escape_array.go:19:5
./escape_array.go:17:2: moved to heap: c
./escape_array.go:23:2: d escapes to heap:
./escape_array.go:23:2:   flow: ~r0 = &d:
./escape_array.go:23:2:     from &d (address-of) at ./escape_array.go:24:17
./escape_array.go:23:2:     from [2]*int{...} (array literal element) at ./escape_array.go:24:16
./escape_array.go:23:2:     from return [2]*int{...} (return) at ./escape_array.go:24:2
./escape_array.go:23:2: moved to heap: d
./escape_array.go:27:17: parameter arr leaks to ~r0 with derefs=0:
./escape_array.go:27:17:   flow: ~r0 = arr:
./escape_array.go:27:17:     from arr[1] (fixed-array-index-of) at ./escape_array.go:28:12
./escape_array.go:27:17:     from return arr[1] (return) at ./escape_array.go:28:2
./escape_array.go:27:17: leaking param: arr to result ~r0 level=0
./escape_array.go:31:20: parameter arr leaks to ~r0 with derefs=1:
./escape_array.go:31:20:   flow: ~r0 = *arr:
./escape_array.go:31:20:     from arr (indirection) at ./escape_array.go:32:9
./escape_array.go:31:20:     from arr[1] (fixed-array-index-of) at ./escape_array.go:32:12
./escape_array.go:31:20:     from return arr[1] (return) at ./escape_array.go:32:2
./escape_array.go:31:20: leaking param: arr to result ~r0 level=1
./escape_array.go:43:6: a escapes to heap:
./escape_array.go:43:6:   flow: ~r0 = &a:
./escape_array.go:43:6:     from a[1] (fixed-array-index-of) at ./escape_array.go:44:11
./escape_array.go:43:6:     from &a[1] (address-of) at ./escape_array.go:44:9
./escape_array.go:43:6:     from return &a[1] (return) at ./escape_array.go:44:2
./escape_array.go:43:6: moved to heap: a
