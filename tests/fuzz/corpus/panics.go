package main

func main() {
	defer func() {
		if r := recover(); r != nil {
			println("recovered")
		}
	}()
	var p *int
	_ = *p
	panic("boom")
}
