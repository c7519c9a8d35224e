package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "-0.5", "1e10", "1E-3", ".5", "inf", "-Inf", "NaN", "0x1p-2", "1e400", "abc", "1.2.3", ""} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
	v := 1234.5678
	fmt.Println(strconv.FormatFloat(v, 'f', 2, 64), strconv.FormatFloat(v, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'f', -1, 64))
	fmt.Println(strconv.FormatFloat(0.000001234, 'g', -1, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'g', -1, 32), strconv.FormatFloat(-0.0, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(123456789, 'E', -1, 64), strconv.FormatFloat(1, 'b', -1, 64))
}
