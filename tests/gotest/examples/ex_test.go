package ex

import (
	"fmt"
	"sort"
)

func ExampleHello() {
	fmt.Println(Hello()) // prints it
	// Output: hello
}

func ExampleMulti() {
	fmt.Println("a")
	fmt.Println("b")
	// Output:
	// a
	// b
}

func ExampleWrong() {
	fmt.Println("x")
	// Output:
	// y
}

func ExampleUnordered() {
	for _, k := range []string{"b", "a", "c"} {
		fmt.Println(k)
	}
	// Unordered output:
	// a
	// c
	// b
}

func ExampleNoOutput() {
	fmt.Println("not run")
}

func ExampleEmpty() {
	// Output:
}

func Example_sorted() {
	s := []int{3, 1, 2}
	sort.Ints(s)
	fmt.Println(s, "/* not a comment */", `// nor this`)
	/* Output: [1 2 3] /* not a comment */ // nor this */
}
