package main

import "fmt"

func find(grid [][]int, target int) (int, int) {
	ri, ci := -1, -1
outer:
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				ri, ci = i, j
				break outer
			}
		}
	}
	return ri, ci
}

func gotoLoop(n int) int {
	i, s := 0, 0
loop:
	if i < n {
		s += i
		i++
		goto loop
	}
	return s
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(find(grid, 5))
	fmt.Println(find(grid, 10))
next:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i {
				continue next
			}
			if i == 3 {
				break next
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	fmt.Println(gotoLoop(10))
	i := 0
L1:
	for {
		switch {
		case i > 5:
			break L1
		case i%2 == 0:
			i += 3
			continue L1
		}
		i++
	}
	fmt.Println("i", i)
	n := 0
	goto skip
skip:
	n++
	if n < 3 {
		goto skip
	}
	fmt.Println("n", n)
	count := 0
Outer:
	for a := 0; a < 3; a++ {
	Inner:
		for b := 0; b < 3; b++ {
			for c := 0; c < 3; c++ {
				if c == 1 {
					continue Inner
				}
				if b == 2 {
					continue Outer
				}
				count++
			}
		}
	}
	fmt.Println("count", count)
	j := 0
	for j < 10 {
		j++
		if j == 3 {
			goto done
		}
	}
done:
	fmt.Println("done at", j)
}
