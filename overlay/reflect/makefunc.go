// Empty in escgo: Go's makefunc.go serves gc's register ABI and
// MakeFunc/Method calls through assembly; escgo's reflect calls no functions.
package reflect
