package main

import "fmt"

func level(n int) (out int) {
	defer func() { out += n }()
	if n == 0 {
		return 100
	}
	return level(n - 1)
}

func cleanup(log *[]string) {
	defer func() { *log = append(*log, "c1") }()
	defer func() { *log = append(*log, "c2") }()
	*log = append(*log, "body")
}

func main() {
	fmt.Println(level(4))
	var log []string
	cleanup(&log)
	fmt.Println(log)
	for i := 0; i < 2; i++ {
		func() {
			defer fmt.Println("iteration done", i)
			fmt.Println("iteration", i)
		}()
	}
}
