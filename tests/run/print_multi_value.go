// println(f()) and print(f()): each result of a multi-value call is an
// argument of the built-in (the spec's f(g()) rule, which gc applies to
// print and println too).
package main

func pair() (int, string) { return 7, "seven" }

func triple() (float64, bool, error) { return 2.5, true, nil }

func none() {}

func main() {
	println(pair())
	print(triple())
	print("\n")
	x, y := pair()
	println(x, y)
	none()
	println()
}
