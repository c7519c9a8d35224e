package failing

func Double(x int) int { return x * 3 }
