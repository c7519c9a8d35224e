// An array longer than 2^32 elements (nilptr_aix.go's struct field): its
// size and the offset of the field after it are Go's, and a nil pointer to
// the struct panics when that field is read (gc checks explicitly: the
// offset is far past the unmapped first page).
package main

import (
	"fmt"
	"unsafe"
)

type T struct {
	x [4563402752]uint8
	i int
}

var t *T

func main() {
	var buf [64]byte
	p := (*T)(unsafe.Pointer(&buf[0]))
	fmt.Println(unsafe.Offsetof(p.i), unsafe.Sizeof(*p))
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	fmt.Println(t.i)
}
