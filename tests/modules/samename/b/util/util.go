package util

type T struct {
	S string
	P *int
}

func (t T) Name() string { return "b.T" }
