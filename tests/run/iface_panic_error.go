package main

type E struct{ msg string }

func (e *E) Error() string { return "custom: " + e.msg }

func main() {
	var err error = &E{"bad thing"}
	panic(err)
}
