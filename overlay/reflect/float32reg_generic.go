// Empty in escgo: Go's float32reg_generic.go serves gc's register ABI and
// MakeFunc/Method calls through assembly; escgo's reflect calls no functions.
package reflect
