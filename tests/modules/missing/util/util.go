package util

import "example.com/missing/nothere"

var X = nothere.Y
