package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "+8", "0", "", "12a", "abc", " 1", "9223372036854775807", "9223372036854775808", "-9223372036854775809"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	i, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("0x1F", 0, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("-101", 2, 8)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("1_000", 0, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("0o17", 0, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("12", 1, 64)
	fmt.Println(i, err)
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("256", 10, 8)
	fmt.Println(u, err)
}
