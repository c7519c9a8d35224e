package main

func div(a, b int) (q, r int, err error) {
	if b == 0 {
		return
	}
	q, r = a/b, a%b
	return
}

func main() { q, r, _ := div(7, 2); println(q, r) }
