package main

import "fmt"

func main() {
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, 2, "y", 3.5, "z", true, false, "\n")
	fmt.Print(1, "\n")
	fmt.Print()
	fmt.Println()
	fmt.Println("a", "b", 1, 2, true)
	fmt.Println([]int{}, []string{"a"}, [0]int{})
	s1 := fmt.Sprint("a", "b", 1, 2, "c")
	s2 := fmt.Sprint(1, 2)
	s3 := fmt.Sprint("a", 1, "b")
	s4 := fmt.Sprintln("x", 2)
	s5 := fmt.Sprint()
	s6 := fmt.Sprintln()
	fmt.Printf("%q %q %q %q %q %q\n", s1, s2, s3, s4, s5, s6)
	s7 := fmt.Sprintf("%d-%s-%v", 1, "two", 3.0)
	fmt.Println(s7, len(s7))
	n, _ := fmt.Println("counted")
	fmt.Println(n)
	n, _ = fmt.Print("abc\n")
	fmt.Println(n)
	n, _ = fmt.Printf("%05d\n", 12)
	fmt.Println(n)
	var nums []interface{}
	for i := 0; i < 5; i++ {
		nums = append(nums, i*i)
	}
	fmt.Println(nums...)
	fmt.Print(nums...)
	fmt.Println()
	fmt.Printf("%v %v %v %v %v\n", nums...)
	line := ""
	for i := 0; i < 3; i++ {
		line += fmt.Sprint(i) + ","
	}
	fmt.Println(line)
	fmt.Println(fmt.Sprint(3.0, float32(2.5), 1e21, 1e-7))
	fmt.Println(fmt.Sprintln("nested", fmt.Sprint("deep", 1)) + "end")
}
