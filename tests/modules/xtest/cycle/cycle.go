// Package cycle's tests import helper, which imports cycle: go refuses
// ("import cycle not allowed in test") and tests the other packages.
package cycle

func One() int { return 1 }
