package main

func main() {
	@ # $ ` \  
	s := "unterminated
	r := 'ab'
	n := 0x_1 + 08 + 1__0 + 0b2
}
/* unterminated