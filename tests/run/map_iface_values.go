package main

import "fmt"

func main() {
	dat := make(map[string]interface{})
	dat["BlogName"] = "Kyden's Blog"
	dat["n"] = 42
	dat["f"] = 2.5
	dat["list"] = []int{1, 2}
	dat["nil"] = nil
	val := dat["BlogName"]
	fmt.Printf("%v\n", val)
	fmt.Println(dat)
	d2 := make(map[interface{}]interface{})
	d2["BlogName"] = "Kyden's Blog"
	fmt.Printf("%v\n", d2["BlogName"])
	fmt.Println(d2)
}
