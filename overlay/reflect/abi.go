// Empty in escgo: Go's abi.go serves gc's register ABI and
// MakeFunc/Method calls through assembly; escgo's reflect calls no functions.
package reflect
