package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func fizzbuzz(n int) string {
	switch {
	case n%15 == 0:
		return "FizzBuzz"
	case n%3 == 0:
		return "Fizz"
	case n%5 == 0:
		return "Buzz"
	}
	return fmt.Sprint(n)
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for i := 1; i <= 15; i++ {
		fmt.Print(fizzbuzz(i), " ")
	}
	fmt.Println()
	x := 10
	switch y := x / 2; {
	case y > 3 && y < 6:
		fmt.Println("mid", y)
		fallthrough
	case y > 100:
		fmt.Println("fell into >100")
	case y == 5:
		fmt.Println("not reached")
	}
	for i := 0; i < 4; i++ {
		switch {
		case i == 1:
			continue
		case i == 3:
			break
		default:
			fmt.Println("body", i)
		}
		fmt.Println("after switch", i)
	}
loop:
	for i := 0; ; i++ {
		switch {
		case i > 2:
			break loop
		}
		fmt.Println("loop", i)
	}
	level := 0
	switch {
	case level == 0:
		level++
		fallthrough
	case level == 100:
		level += 10
		fallthrough
	case false:
		level += 100
	case true:
		level += 1000
	}
	fmt.Println("level", level)
	c := 'q'
	switch {
	case 'a' <= c && c <= 'z':
		fmt.Println("lower")
	case 'A' <= c && c <= 'Z':
		fmt.Println("upper")
	}
}
