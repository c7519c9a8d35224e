// errorcheck -0 -m -l

package main

// Where gc reports a name's implicit conversion to interface in a call: at
// the last argument before it that is not a name, nil included (a fresh
// node to gc, unlike a variable), else at the call's '('.

func show(p *int, xs ...interface{}) {} // ERROR "p does not escape$" "xs does not escape$"

func report(i int, s string, q *int) { // ERROR "s does not escape$" "q does not escape$"
	show(nil, i)        // ERROR "\.\.\. argument does not escape$" "i does not escape$"
	show( nil, i, s)    // ERROR "\.\.\. argument does not escape$" "i does not escape$" "s does not escape$"
	show(q, i, nil, s)  // ERROR "\.\.\. argument does not escape$" "i does not escape$" "s does not escape$"
	show(q, s, 7, i)    // ERROR "\.\.\. argument does not escape$" "s does not escape$" "7 does not escape$" "i does not escape$"
}

func main() {
	report(1, "a", nil)
}
