package main

import "fmt"

func add(graph map[string]map[string]int, a, b string, w int) {
	if graph[a] == nil {
		graph[a] = map[string]int{}
	}
	graph[a][b] = w
}

func main() {
	graph := map[string]map[string]int{}
	add(graph, "a", "b", 1)
	add(graph, "a", "c", 4)
	add(graph, "b", "c", 2)
	fmt.Println(graph)
	fmt.Println(len(graph), len(graph["a"]), graph["a"]["c"], graph["x"]["y"])
	lit := map[string]map[int]bool{"x": {1: true, 2: false}, "y": {}}
	fmt.Println(lit)
	fmt.Printf("%v\n%#v\n", lit, lit["x"])
}
