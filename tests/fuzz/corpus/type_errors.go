package main

type T struct{ a int }

func f(int) string { return 1 }

func main() {
	var t T
	t.b = 1
	x := "s" + 1
	undefined()
	var i interface{ M() } = t
	f("x")
	return 5
}
