package c

import "example.com/twobroken/a"

var Z = a.X + undefinedName
