package gt

func F() int { return 1 }
