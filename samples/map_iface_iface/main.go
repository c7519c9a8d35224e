package main

import (
	"fmt"
)

func main() {
	dat := make(map[interface{}]interface{})
	dat["BlogName"] = "Kyden's Blog"
	val := dat["BlogName"]
	fmt.Printf("%v\n", val)
}
