package main

import "fmt"

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	m := map[string]int{"apple": 5, "banana": 3, "cherry": 7, "date": 1}
	total := 0
	var keys []string
	for k, v := range m {
		total += v
		keys = append(keys, k)
	}
	sortStrings(keys)
	fmt.Println(total, keys)
	n := 0
	for range m {
		n++
	}
	fmt.Println(n)
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sortStrings(ks)
	fmt.Println(ks)
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(sum)
	var k2 string
	var v2 int
	cnt := 0
	for k2, v2 = range m {
		cnt += len(k2) + v2
	}
	fmt.Println(cnt)
}
