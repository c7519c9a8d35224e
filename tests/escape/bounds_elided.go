// errorcheck -0 -m -l

// gc's walk proves some indexes in range from their shape alone and says
// so under -m: a mask, an unsigned remainder, division or shift, or an
// unsigned type too narrow to leave the array. The lines come after the
// escape analysis's. Constant indexes and slices are never reported.
package main

var (
	a4   [4]int
	a256 [256]byte
	p8   *[8]int
	s    []int
	str  = "abcd"
)

const word = "abcd"

func masks(i int, u uint, u8 uint8, u16 uint16, u32 uint32) int {
	x := a4[i&3]                // ERROR "index bounds check elided"
	x += a4[(3 & i)]            // ERROR "index bounds check elided"
	x += a4[i&4]                // a mask of 4 can reach 4
	x += int(a256[u8])          // ERROR "index bounds check elided"
	x += int(a256[u16])         // sixteen bits can leave it
	x += p8[u%8]                // ERROR "index bounds check elided"
	x += p8[u%9]                // 8 is out of range
	x += p8[i%8]                // a signed remainder can be negative
	x += p8[u>>61]              // ERROR "index bounds check elided"
	x += int(a256[u32/(1<<24)]) // ERROR "index bounds check elided"
	x += int(a256[u/(1<<56)])   // 1<<56 is not a small constant
	x += a4[i&^-4]              // ERROR "index bounds check elided"
	x += int(word[i&3])         // ERROR "index bounds check elided"
	x += int(str[i&3])          // not a constant string
	x += s[i&3]                 // a slice's length is not known
	x += a4[2]                  // a constant index
	return x
}

// append's arguments are made safe to evaluate twice first: an index
// expression among them gets a temporary for its index, which proves
// nothing, unless the index is a name; other expressions are copied whole.
func appended(k int, u8 uint8, x []int) []int { // ERROR "leaking param: x to result ~r0 level=0"
	var b [256]int
	x = append(x, a4[k&3])      // a temporary for k&3
	x = append(x, a4[u8&3])     // the same
	x = append(x, b[u8])        // ERROR "index bounds check elided"
	x = append(x, a4[k&3]+1)    // ERROR "index bounds check elided"
	x = append(x, len(s[k&3:])) // a slice, not an index
	return x
}

func main() {
	println(len(appended(1, 2, nil)))
	println(masks(1, 2, 3, 4, 5))
}
