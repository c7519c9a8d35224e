package helper

import "example.com/xtest/cycle"

func Two() int { return cycle.One() + 1 }
