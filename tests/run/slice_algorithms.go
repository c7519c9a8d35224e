package main

import "fmt"

func insertionSort(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func reverse(a []int) {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
}

func filter(a []int, keepEven bool) []int {
	out := a[:0]
	for _, v := range a {
		if (v%2 == 0) == keepEven {
			out = append(out, v)
		}
	}
	return out
}

func binarySearch(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func matmul(a, b [][]int) [][]int {
	n, m, p := len(a), len(b), len(b[0])
	c := make([][]int, n)
	for i := 0; i < n; i++ {
		c[i] = make([]int, p)
		for j := 0; j < p; j++ {
			for k := 0; k < m; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func main() {
	data := []int{5, 2, 9, 1, 5, 6, -3, 0, 12, 7}
	insertionSort(data)
	fmt.Println(data)
	reverse(data)
	fmt.Println(data)
	insertionSort(data)
	for _, x := range []int{-5, 0, 5, 6, 13} {
		fmt.Print(binarySearch(data, x), " ")
	}
	fmt.Println()
	ev := filter(append([]int(nil), data...), true)
	fmt.Println(ev, len(ev))
	p := sieve(100)
	fmt.Println(len(p), p)
	fmt.Println(matmul([][]int{{1, 2}, {3, 4}}, [][]int{{5, 6}, {7, 8}}))
	fib := []int{0, 1}
	for len(fib) < 20 {
		fib = append(fib, fib[len(fib)-1]+fib[len(fib)-2])
	}
	fmt.Println(fib)
	stack := []string{}
	for _, w := range []string{"a", "b", "c"} {
		stack = append(stack, w)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top)
	}
	fmt.Println()
	queue := []int{1}
	for step := 0; step < 6; step++ {
		h := queue[0]
		queue = queue[1:]
		queue = append(queue, h*2, h*2+1)
	}
	fmt.Println(queue, len(queue))
}
