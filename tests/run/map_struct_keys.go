package main

import "fmt"

type Point struct {
	X, Y int
}

type Key struct {
	Name string
	ID   int
	On   bool
}

func main() {
	grid := map[Point]string{}
	grid[Point{1, 2}] = "a"
	grid[Point{0, 0}] = "origin"
	grid[Point{1, 2}] = "b"
	grid[Point{-1, 5}] = "c"
	fmt.Println(len(grid), grid[Point{1, 2}], grid[Point{9, 9}] == "")
	fmt.Println(grid)
	k := map[Key]int{{"x", 1, true}: 10, {"x", 1, false}: 20, {"a", 2, true}: 30}
	fmt.Println(k[Key{"x", 1, true}], k[Key{"x", 1, false}], len(k))
	fmt.Println(k)
	fmt.Printf("%+v\n", k)
}
