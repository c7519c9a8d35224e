package main

func a(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func b(x int) int {
	for {
		if x > 0 {
			break
		}
	}
} // ERROR "missing return"

func c(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func d(x int) (r int) {
	r = x
} // ERROR "missing return"

func ok1(x int) int {
	for {
	}
}

func ok2(x int) int {
	if x > 0 {
		return 1
	} else {
		return 2
	}
}

func ok3(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		panic("no")
	}
}

func main() {
	_, _, _, _, _, _, _ = a(1), b(1), c(1), d(1), ok1(1), ok2(1), ok3(1)
}
