// Go 1.17's conversion of a slice to an array pointer: the array is the
// slice's backing store (writes through either are seen by the other); a
// nil slice gives a nil pointer; a slice shorter than the array panics.
package main

import "fmt"

type Buf [4]byte

func head(s []int) *[2]int { return (*[2]int)(s) }

func main() {
	s := []int{1, 2, 3, 4, 5}
	a := (*[3]int)(s)
	a[0] = 10
	s[2] = 30
	fmt.Println(*a, s, len(a))
	h := head(s[1:])
	h[1] = 33
	fmt.Println(*h, s)
	bs := []byte("abcdef")
	b := (*Buf)(bs[2:])
	fmt.Println(string(b[:]))
	var nilslice []int
	fmt.Println((*[0]int)(nilslice) == nil, (*[0]int)(s[:0]) != nil)
	for _, n := range []int{2, 5, 6} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("recovered:", r)
				}
			}()
			p := (*[5]int)(s[:n])
			fmt.Println("len ok:", p[4])
		}()
	}
	_ = (*[6]int)(s)
}
