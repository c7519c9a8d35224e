package main

import "fmt"

const W, H = 10, 8

type Board [H][W]bool

func step(b *Board) Board {
	var next Board
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if dx == 0 && dy == 0 {
						continue
					}
					yy, xx := (y+dy+H)%H, (x+dx+W)%W
					if b[yy][xx] {
						n++
					}
				}
			}
			next[y][x] = n == 3 || n == 2 && b[y][x]
		}
	}
	return next
}

func show(b Board) {
	for _, row := range b {
		line := make([]byte, 0, W)
		for _, c := range row {
			if c {
				line = append(line, '#')
			} else {
				line = append(line, '.')
			}
		}
		fmt.Println(string(line))
	}
}

func count(b Board) (n int) {
	for y := range b {
		for x := range b[y] {
			if b[y][x] {
				n++
			}
		}
	}
	return
}

func main() {
	var b Board
	glider := [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}}
	for _, p := range glider {
		b[p[0]][p[1]] = true
	}
	b[5][6], b[5][7], b[5][8] = true, true, true
	for gen := 0; gen < 4; gen++ {
		fmt.Println("gen", gen, "alive", count(b))
		show(b)
		b = step(&b)
	}
	prev := b
	b = step(&b)
	fmt.Println(prev == b, count(b))
}
