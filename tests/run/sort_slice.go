package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

func main() {
	people := []person{
		{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}, {"Eve", 35},
		{"Frank", 30}, {"Grace", 25}, {"Heidi", 40}, {"Ivan", 30}, {"Judy", 25},
		{"Ken", 35}, {"Leo", 30}, {"Mia", 25}, {"Ned", 20}, {"Olga", 30},
	}
	byAge := make([]person, len(people))
	copy(byAge, people)
	sort.Slice(byAge, func(i, j int) bool { return byAge[i].age < byAge[j].age })
	fmt.Println(byAge)
	stable := make([]person, len(people))
	copy(stable, people)
	sort.SliceStable(stable, func(i, j int) bool { return stable[i].age < stable[j].age })
	fmt.Println(stable)
	fmt.Println(sort.SliceIsSorted(stable, func(i, j int) bool { return stable[i].age < stable[j].age }))
	names := []string{"delta", "alpha", "charlie", "bravo"}
	sort.Slice(names, func(i, j int) bool { return names[i] > names[j] })
	fmt.Println(names)
	nums := make([]int, 100)
	for i := range nums {
		nums[i] = (i * 37) % 10
	}
	sort.Slice(nums, func(i, j int) bool { return nums[i] < nums[j] })
	fmt.Println(nums[:12], nums[88:])
}
