// Package use imports calc: in calc's test binary it is compiled against
// calc's test variant, as go does.
package use

import "example.com/xtest/calc"

func Quadruple(x int) int { return calc.Double(calc.Double(x)) }
