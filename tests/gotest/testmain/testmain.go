// Package testmain has a TestMain that returns without os.Exit: the test
// binary then exits with what m.Run returned.
package testmain

func Half(x int) int { return x / 2 }
