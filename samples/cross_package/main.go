// cross_package: escape analysis across packages. Run
//
//	escgo build -gcflags='-m -l' ./...
//
// to see each package's decisions under its own "# import/path" header.
package main

import (
	"fmt"

	"example.com/shop/cart"
)

func main() {
	// Total's summary says its parameter does not escape: this backing
	// array stays on main's stack.
	items := []cart.Item{{Name: "pen", Price: 2}, {Name: "book", Price: 12}}
	fmt.Println("total:", cart.Total(items))

	// Remember leaks its parameter to a package variable: this Item is
	// moved to the heap, decided here in main from cart's summary.
	keep := &cart.Item{Name: "lamp", Price: 30}
	cart.Remember(keep)

	// Only copied out of: stays on the stack.
	local := &cart.Item{Name: "cup", Price: 3}
	one := []cart.Item{*local}

	c := cart.New() // allocated inside cart.New: on the heap, whoever calls it
	c.Add(cart.Item{Name: "mug", Price: 7})
	fmt.Println("one:", cart.Total(one), "last:", cart.Last().Name, "cart:", c.Len())
}
