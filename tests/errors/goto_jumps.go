package main

func main() {
	goto skip // ERROR "goto skip jumps over declaration of x at .*goto_jumps.go:5:4"
	x := 1
	_ = x
skip:
	goto inner // ERROR "goto inner jumps into block starting at .*goto_jumps.go:9:2"
	{
	inner:
		println()
	}
}
