// Package exit's TestMain exits with its own status after the tests pass.
package exit

func Three() int { return 3 }
