package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, v := range []int64{0, 1, -1, 127, -128, 1 << 40, -1 << 62} {
		for _, base := range []int{2, 8, 10, 16, 36} {
			s := strconv.FormatInt(v, base)
			back, err := strconv.ParseInt(s, base, 64)
			if err != nil || back != v {
				fmt.Println("mismatch", v, base, s, back, err)
			}
		}
		fmt.Print(strconv.FormatInt(v, 36), " ")
	}
	fmt.Println()
	for _, f := range []float64{0.1, 1.0 / 3, 2.5e-8, 123456789.125, -7} {
		s := strconv.FormatFloat(f, 'g', -1, 64)
		back, _ := strconv.ParseFloat(s, 64)
		fmt.Println(s, back == f)
	}
	q := strconv.Quote("tab\there ünï")
	fmt.Println(q, len(q))
}
