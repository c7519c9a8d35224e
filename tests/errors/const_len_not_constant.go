package main

func f() *[3]int { return nil }

var c chan [2]int
var v = 2

const ok = len([2]int{len("ab")}) + len([1]func(){func() { f() }})

const k1 = len(f())                  // ERROR "len\(f\(\)\) \(value of type int\) is not constant"
const k2 = cap(<-c)                  // ERROR "cap\(<-c\) \(value of type int\) is not constant"
const k3 = 1 + len(*f())             // ERROR "1 \+ len\(\*f\(\)\) \(value of type int\) is not constant"
const k4 = len([2]int{v})            // a variable is no call: constant
const k5 = len([1]int{len([]int{})}) // ERROR "is not constant"

func main() {
	const k6 = (v) // ERROR "\(v\) \(variable of type int\) is not constant"
}
