package main

import "fmt"

type Category int

const (
	Tools Category = iota
	Food
	Toys
)

type Item struct {
	Name  string
	Cat   Category
	Price float64
	Qty   int
}

type Inventory struct {
	Items []Item
	Log   []string
}

func catName(c Category) string {
	switch c {
	case Tools:
		return "tools"
	case Food:
		return "food"
	case Toys:
		return "toys"
	}
	return "unknown"
}

func add(inv *Inventory, it Item) {
	for i := range inv.Items {
		if inv.Items[i].Name == it.Name {
			inv.Items[i].Qty += it.Qty
			inv.Log = append(inv.Log, fmt.Sprintf("restock %s +%d", it.Name, it.Qty))
			return
		}
	}
	inv.Items = append(inv.Items, it)
	inv.Log = append(inv.Log, "new "+it.Name)
}

func remove(inv *Inventory, name string, qty int) bool {
	for i := range inv.Items {
		it := &inv.Items[i]
		if it.Name != name {
			continue
		}
		if it.Qty < qty {
			inv.Log = append(inv.Log, fmt.Sprintf("short %s: have %d want %d", name, it.Qty, qty))
			return false
		}
		it.Qty -= qty
		if it.Qty == 0 {
			inv.Items = append(inv.Items[:i], inv.Items[i+1:]...)
			inv.Log = append(inv.Log, "sold out "+name)
		}
		return true
	}
	return false
}

func totals(inv Inventory) (byCat [3]float64, all float64) {
	for _, it := range inv.Items {
		v := it.Price * float64(it.Qty)
		byCat[it.Cat] += v
		all += v
	}
	return
}

func sortByValue(items []Item) {
	for i := 1; i < len(items); i++ {
		for j := i; j > 0; j-- {
			a, b := items[j-1], items[j]
			if a.Price*float64(a.Qty) >= b.Price*float64(b.Qty) {
				break
			}
			items[j-1], items[j] = b, a
		}
	}
}

func main() {
	var inv Inventory
	add(&inv, Item{"hammer", Tools, 12.5, 3})
	add(&inv, Item{"apple", Food, 0.4, 100})
	add(&inv, Item{"yoyo", Toys, 3.25, 7})
	add(&inv, Item{"hammer", Tools, 12.5, 2})
	add(&inv, Item{"saw", Tools, 20, 1})
	fmt.Println(remove(&inv, "apple", 30), remove(&inv, "saw", 1), remove(&inv, "yoyo", 10), remove(&inv, "ghost", 1))
	byCat, all := totals(inv)
	for c := Tools; c <= Toys; c++ {
		fmt.Printf("%-6s %8.2f\n", catName(c), byCat[c])
	}
	fmt.Printf("%-6s %8.2f\n", "all", all)
	sorted := append([]Item(nil), inv.Items...)
	sortByValue(sorted)
	for i, it := range sorted {
		fmt.Printf("%d. %-7s %-5s qty=%3d value=%7.2f\n", i+1, it.Name, catName(it.Cat), it.Qty, it.Price*float64(it.Qty))
	}
	fmt.Println(inv.Items[0].Name, sorted[0].Name)
	for _, l := range inv.Log {
		fmt.Println("log:", l)
	}
	fmt.Printf("%+v\n", inv.Items)
}
