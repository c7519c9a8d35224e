package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for n < 5 {
		n += 2
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 4 {
			break
		}
	}
	fmt.Println(k)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	m := 0
	for ; m < 3; m++ {
	}
	fmt.Println(m)
	x := 10
	for x > 0 {
		x -= 3
	}
	fmt.Println(x)
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	arr := [4]string{"a", "b", "c", "d"}
	for i := range arr {
		fmt.Print(i)
	}
	for _, v := range arr {
		fmt.Print(v)
	}
	for i, v := range arr[1:3] {
		fmt.Print(i, v)
	}
	fmt.Println()
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4)
			s[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(s)
	var i, v int
	for i, v = range []int{7, 8, 9} {
	}
	fmt.Println(i, v)
	count := 0
	for range [5]struct{}{} {
		count++
	}
	fmt.Println(count)
	for i := 0; i < 3; i++ {
		i := i * 10
		fmt.Print(i, " ")
	}
	fmt.Println()
	total := 0
	for i := 1; i <= 100; i++ {
		total += i
	}
	fmt.Println(total)
	for i := 5; i > 0; i /= 2 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var pi *int
	nums := []int{1, 2}
	for idx := range nums {
		pi = &nums[idx]
	}
	fmt.Println(*pi)
}
