// errorcheck -0 -m -l

// gc packs a column into 8 bits: a site at column 255 or beyond is printed
// "file:line:" with no column (cmd/internal/src: 255 means unknown).
package main

type T struct{ n int }

var sink []*T

func keep(ps ...*T) { sink = ps } // ERROR "leaking param: ps$"

func main() {
	keep(&T{0}, &T{1}, &T{2}, &T{3}, &T{4}, &T{5}, &T{6}, &T{7}, &T{8}, &T{9}, &T{10}, &T{11}, &T{12}, &T{13}, &T{14}, &T{15}, &T{16}, &T{17}, &T{18}, &T{19}, &T{20}, &T{21}, &T{22}, &T{23}, &T{24}, &T{25}, &T{26}, &T{27}, &T{28}, &T{29}, &T{30}, &T{31}, &T{32}, &T{33}, &T{34}, &T{35}, &T{36}, &T{37}, &T{38}, &T{39}) // ERROR "\.\.\. argument escapes to heap$" "&T{\.\.\.} escapes to heap$"
}
