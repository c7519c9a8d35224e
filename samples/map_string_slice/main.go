package main

import (
	"fmt"
)

func main() {
	dat := make(map[string][]string)
	dat["BlogName"] = []string{"Kyden's Blog"}
	val := dat["BlogName"]
	fmt.Printf("%v\n", val)
}
