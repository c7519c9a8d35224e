// print and println: a call without a value, a multi-value call among
// other arguments, untyped nil (println(f()) alone is valid: run/print_multi_value).
package main

func pair() (int, string) { return 7, "seven" }
func none() {}

func main() {
	println(none())    // ERROR "none\(\) \(no value\) used as value"
	println(pair(), 1) // ERROR "multiple-value pair\(\) \(value of type \(int, string\)\) in single-value context"
	print(nil)         // ERROR "use of untyped nil in argument to print"
}
