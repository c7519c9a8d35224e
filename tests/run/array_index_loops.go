package main

import "fmt"

const N = 8

func main() {
	var board [N][N]byte
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			if (i+j)%2 == 0 {
				board[i][j] = '#'
			} else {
				board[i][j] = '.'
			}
		}
	}
	for _, row := range board {
		fmt.Println(string(row[:]))
	}
	var pascal [10][10]int
	for i := 0; i < 10; i++ {
		pascal[i][0] = 1
		for j := 1; j <= i; j++ {
			pascal[i][j] = pascal[i-1][j-1] + pascal[i-1][j]
		}
	}
	for i := 0; i < 10; i++ {
		fmt.Println(pascal[i][:i+1])
	}
	var hist [5]int
	for _, v := range []int{0, 1, 1, 2, 4, 4, 4, 3, 0, 4} {
		hist[v]++
	}
	fmt.Println(hist)
	idx := 3
	hist[idx] += 10
	hist[idx-1] = hist[idx] * 2
	fmt.Println(hist, hist[len(hist)-1])
	var flags [3]bool
	flags[1] = true
	fmt.Println(flags, !flags[0])
	// queens on 6x6
	var cols [6]int
	count := 0
	row := 0
	cols[0] = -1
	for row >= 0 {
		cols[row]++
		for cols[row] < 6 && !ok(cols[:], row) {
			cols[row]++
		}
		if cols[row] < 6 {
			if row == 5 {
				count++
				if count == 1 {
					fmt.Println("first", cols)
				}
			} else {
				row++
				cols[row] = -1
			}
		} else {
			row--
		}
	}
	fmt.Println("solutions", count)
}

func ok(cols []int, row int) bool {
	for r := 0; r < row; r++ {
		d := cols[r] - cols[row]
		if d == 0 || d == row-r || d == r-row {
			return false
		}
	}
	return true
}
