package main

func main() {
	s := "ÿþ"
	Ã( := 1
	r := 'â‚'
}
