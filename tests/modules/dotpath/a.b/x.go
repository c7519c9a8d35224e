package ab

func F() string { return "func a.b.F" }
