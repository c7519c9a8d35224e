package fail

func Double(x int) int { return x * 3 }
