package lib

var secret = 1

type Counter struct {
	N int
	n int
}

func (c *Counter) Inc() { c.n++; c.N++ }

func helper() {}
