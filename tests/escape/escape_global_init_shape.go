// errorcheck -0 -m -l

package main

type Addr struct {
	IP   []byte
	Zone string
}

type entry struct {
	name string
	addr *Addr
	v    interface{}
}

func mk(n int) []byte {
	return make([]byte, n) // ERROR "make\(\[\]byte, n\) escapes to heap$"
}

func count() int { return 3 }

// A package variable's literal structure is static data even around dynamic
// parts (gc's staticinit): the slice, the structs, &Addr{...} and the box
// are no allocations; the calls inside are ordinary dynamic code of init.
var table = []entry{
	{"a", &Addr{IP: mk(4)}, count()},
	{"b", &Addr{IP: mk(16), Zone: "z"}, nil},
}

var one = &Addr{IP: mk(count())}

var arr = [2]*Addr{{IP: mk(1)}, nil}

// A map literal is built by init: gc analyses it.
var m = map[string]*Addr{"x": {IP: mk(2)}} // ERROR "map\[string\]\*Addr\{\.\.\.\} escapes to heap$" "&Addr\{\.\.\.\} escapes to heap$"

func main() {
	println(len(table), len(table[1].addr.IP), table[0].v.(int), len(one.IP), len(arr[0].IP), len(m["x"].IP))
}
