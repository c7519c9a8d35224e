# example.com/shop
./main.go:31:80: (*cart.Cart).Len(c) escapes to heap:
./main.go:31:80:   flow: {storage for ... argument} = &{storage for (*cart.Cart).Len(c)}:
./main.go:31:80:     from (*cart.Cart).Len(c) (spill) at ./main.go:31:80
./main.go:31:80:     from ... argument (slice-literal-element) at ./main.go:31:13
./main.go:31:80:   flow: {heap} = {storage for ... argument}:
./main.go:31:80:     from ... argument (spill) at ./main.go:31:13
./main.go:31:80:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:13
./main.go:31:66: "cart:" escapes to heap:
./main.go:31:66:   flow: {storage for ... argument} = &{storage for "cart:"}:
./main.go:31:66:     from "cart:" (spill) at ./main.go:31:66
./main.go:31:66:     from ... argument (slice-literal-element) at ./main.go:31:13
./main.go:31:66:   flow: {heap} = {storage for ... argument}:
./main.go:31:66:     from ... argument (spill) at ./main.go:31:13
./main.go:31:66:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:13
./main.go:31:59: cart.Last().Name escapes to heap:
./main.go:31:59:   flow: {storage for ... argument} = &{storage for cart.Last().Name}:
./main.go:31:59:     from cart.Last().Name (spill) at ./main.go:31:59
./main.go:31:59:     from ... argument (slice-literal-element) at ./main.go:31:13
./main.go:31:59:   flow: {heap} = {storage for ... argument}:
./main.go:31:59:     from ... argument (spill) at ./main.go:31:13
./main.go:31:59:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:13
./main.go:31:39: "last:" escapes to heap:
./main.go:31:39:   flow: {storage for ... argument} = &{storage for "last:"}:
./main.go:31:39:     from "last:" (spill) at ./main.go:31:39
./main.go:31:39:     from ... argument (slice-literal-element) at ./main.go:31:13
./main.go:31:39:   flow: {heap} = {storage for ... argument}:
./main.go:31:39:     from ... argument (spill) at ./main.go:31:13
./main.go:31:39:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:13
./main.go:31:32: cart.Total(one) escapes to heap:
./main.go:31:32:   flow: {storage for ... argument} = &{storage for cart.Total(one)}:
./main.go:31:32:     from cart.Total(one) (spill) at ./main.go:31:32
./main.go:31:32:     from ... argument (slice-literal-element) at ./main.go:31:13
./main.go:31:32:   flow: {heap} = {storage for ... argument}:
./main.go:31:32:     from ... argument (spill) at ./main.go:31:13
./main.go:31:32:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:13
./main.go:31:14: "one:" escapes to heap:
./main.go:31:14:   flow: {storage for ... argument} = &{storage for "one:"}:
./main.go:31:14:     from "one:" (spill) at ./main.go:31:14
./main.go:31:14:     from ... argument (slice-literal-element) at ./main.go:31:13
./main.go:31:14:   flow: {heap} = {storage for ... argument}:
./main.go:31:14:     from ... argument (spill) at ./main.go:31:13
./main.go:31:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:13
./main.go:22:10: &cart.Item{...} escapes to heap:
./main.go:22:10:   flow: keep = &{storage for &cart.Item{...}}:
./main.go:22:10:     from &cart.Item{...} (spill) at ./main.go:22:10
./main.go:22:10:     from keep := &cart.Item{...} (assign) at ./main.go:22:7
./main.go:22:10:   flow: {heap} = keep:
./main.go:22:10:     from cart.Remember(keep) (call parameter) at ./main.go:23:15
./main.go:18:34: cart.Total(items) escapes to heap:
./main.go:18:34:   flow: {storage for ... argument} = &{storage for cart.Total(items)}:
./main.go:18:34:     from cart.Total(items) (spill) at ./main.go:18:34
./main.go:18:34:     from ... argument (slice-literal-element) at ./main.go:18:13
./main.go:18:34:   flow: {heap} = {storage for ... argument}:
./main.go:18:34:     from ... argument (spill) at ./main.go:18:13
./main.go:18:34:     from fmt.Println(... argument...) (call parameter) at ./main.go:18:13
./main.go:18:14: "total:" escapes to heap:
./main.go:18:14:   flow: {storage for ... argument} = &{storage for "total:"}:
./main.go:18:14:     from "total:" (spill) at ./main.go:18:14
./main.go:18:14:     from ... argument (slice-literal-element) at ./main.go:18:13
./main.go:18:14:   flow: {heap} = {storage for ... argument}:
./main.go:18:14:     from ... argument (spill) at ./main.go:18:13
./main.go:18:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:18:13
./main.go:17:22: []cart.Item{...} does not escape
./main.go:18:13: ... argument does not escape
./main.go:18:14: "total:" escapes to heap
./main.go:18:34: cart.Total(items) escapes to heap
./main.go:22:10: &cart.Item{...} escapes to heap
./main.go:26:11: &cart.Item{...} does not escape
./main.go:27:20: []cart.Item{...} does not escape
./main.go:31:13: ... argument does not escape
./main.go:31:14: "one:" escapes to heap
./main.go:31:32: cart.Total(one) escapes to heap
./main.go:31:39: "last:" escapes to heap
./main.go:31:59: cart.Last().Name escapes to heap
./main.go:31:66: "cart:" escapes to heap
./main.go:31:80: (*cart.Cart).Len(c) escapes to heap
