// errorcheck -0 -m -l

package main

var cond bool

// A label that a later goto jumps back to makes a loop: the loop depth rises
// from the label to the end of the branch or body that holds it.
func inIf() *int {
	var p *int
	if cond {
	again:
		if cond {
			goto again
		}
	} else {
		p = new(int) // ERROR "new\(int\) does not escape$"
	}
	_ = p
	q := new(int) // ERROR "new\(int\) escapes to heap$"
	return q
}

func inSwitch(n int) {
	var p *int
	switch n {
	case 1:
	retry:
		if cond {
			goto retry
		}
		p = new(int) // ERROR "new\(int\) escapes to heap$"
	case 2:
		p = new(int) // ERROR "new\(int\) does not escape$"
	}
	_ = p
}

func inFor() {
	var p *int
	for i := 0; i < 3; i++ {
	top:
		if cond {
			goto top
		}
	}
	p = new(int) // ERROR "new\(int\) does not escape$"
	_ = p
}

// A plain { } block does not end the loop.
func inBlock() {
	var p *int
	{
	back:
		if cond {
			goto back
		}
	}
	p = new(int) // ERROR "new\(int\) escapes to heap$"
	_ = p
}

// A goto forward is no loop.
func forward() {
	var p *int
	if cond {
		goto done
	}
	p = new(int) // ERROR "new\(int\) does not escape$"
done:
	_ = p
}

func main() {
	println(*inIf())
	inSwitch(1)
	inFor()
	inBlock()
	forward()
}
