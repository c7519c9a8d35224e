# example.com/shop
./main.go:18:34: inlining call to cart.Total
./main.go:18:13: inlining call to fmt.Println
./main.go:23:15: inlining call to cart.Remember
./main.go:29:15: inlining call to cart.New
./main.go:30:7: inlining call to cart.(*Cart).Add
./main.go:31:32: inlining call to cart.Total
./main.go:31:57: inlining call to cart.Last
./main.go:31:80: inlining call to cart.(*Cart).Len
./main.go:31:13: inlining call to fmt.Println
./main.go:17:22: []cart.Item{...} does not escape
./main.go:18:13: ... argument does not escape
./main.go:18:14: "total:" escapes to heap
./main.go:18:34: ~R0 escapes to heap
./main.go:22:10: &cart.Item{...} escapes to heap
./main.go:26:11: &cart.Item{...} does not escape
./main.go:27:20: []cart.Item{...} does not escape
./main.go:29:15: &cart.Cart{} does not escape
./main.go:31:13: ... argument does not escape
./main.go:31:14: "one:" escapes to heap
./main.go:31:32: ~R0 escapes to heap
./main.go:31:39: "last:" escapes to heap
./main.go:31:59: (~R0).Name escapes to heap
./main.go:31:66: "cart:" escapes to heap
./main.go:31:80: ~R0 escapes to heap
