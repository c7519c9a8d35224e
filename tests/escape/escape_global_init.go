// errorcheck -0 -m -l

// Package-level initializers run in the package's init code; what they
// allocate is stored into globals and so escapes.

package escape

// Statically initialized data (gs, gconf, gval, giface, gstr) needs no
// allocation and gets no diagnostic; new and make run at init time.
var gp = new(int) // ERROR "new\(int\) escapes to heap$"

var gs = []int{1, 2, 3}

var gbuf = make([]byte, 16) // ERROR "make\(\[\]byte, 16\) escapes to heap$"

type Conf struct {
	name string
	n    *int
}

var gconf = &Conf{name: "c"}

var gval = Conf{name: "v"}

var giface interface{} = 42

var gstr = "a" + "b"

var gn = len(gs)
